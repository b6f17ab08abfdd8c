from bot.engine.demonyms import capital_of, names_country, naming_country


def test_a_countrys_abbreviation_before_an_amount_names_it():
    assert names_country("usa", "a new US$200 million package")


def test_every_word_of_the_countrys_group_reads_the_same_amounts():
    assert names_country("american", "US$5") and names_country("british", "a UK$5 fee")


def test_a_bare_currency_sign_or_the_abbreviation_alone_is_not_read_here():
    # "US" alone is already the index term ``usa``; "$200" names no country.
    assert not names_country("usa", "the US paid $200")


def test_a_name_of_several_words_is_not_read_as_the_country():
    assert not names_country("british", "the United Kingdom passed the act")


def test_a_word_that_names_no_country_names_nothing():
    assert not names_country("troops", "US$200 for troops")


def test_each_text_is_read_for_any_of_a_groups_countries():
    texts = ["a new US$200 million package", "the US paid $200", "a UK$5 fee", "no dollar at all"]
    assert naming_country(["usa", "american"], texts) == [True, False, False, False]


def test_every_term_of_a_country_gives_its_capital():
    assert capital_of("russia") == capital_of("russian") == frozenset({"moscow"})


def test_a_capital_of_several_words_is_its_longest_word():
    assert capital_of("india") == frozenset({"delhi"})  # New Delhi


def test_a_term_naming_no_country_has_no_capital():
    assert capital_of("moscow") == frozenset()
