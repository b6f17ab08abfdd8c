from bot.engine.corpus import load_corpus
from bot.engine.search import build_index
from bot.engine.summary import summarize


def test_summary_is_the_lead_and_two_more_sentences_in_article_order(seed_index):
    summary = summarize(seed_index, 0)
    assert len(summary) == 3
    assert summary[0].position == 0 and summary[0].text.startswith("Ukraine's leaders sought")
    assert [p.position for p in summary] == sorted(p.position for p in summary)


def test_summary_length_can_be_chosen(seed_index):
    assert len(summarize(seed_index, 0, 5)) == 5


def test_central_sentences_win_over_a_sentence_on_another_subject(write_articles):
    folder = write_articles(
        {
            "a.txt": "date 2022-01-01\nThe city opened a new bridge over the river.\n\n"
            "The bridge carries trams and cyclists across the river.\n"
            "Cyclists praised the bridge and its wide lanes.\n"
            "A local bakery won a prize for its bread.\n"
            "Trams will cross the new bridge every five minutes.\n"
        }
    )
    summary = [p.text for p in summarize(build_index(load_corpus(folder)), 0)]
    assert "A local bakery won a prize for its bread." not in summary


def test_summary_sentences_carry_date_title_and_source(seed_index):
    first = summarize(seed_index, 0)[0]
    assert first.date.isoformat() == "2022-01-25" and first.source == "000_a388bfca99b435f5.txt" and first.title
