"""Very common English words that are not stop words.

In a small corpus every word is rare, so IDF cannot tell "tell" or "best" from
"Iskander". The search discounts these words, in ranking and in the relevance test (is any
passage about this question at all?), whether they match or are missing: "tell me a
joke" matching "told" is no evidence, and "how long ... lasted" missing "long" is no
evidence against. A general frequency list, not words of any question.
"""

COMMON_WORDS = frozenset(
    """
    get got make go know take see come think look want give use find tell ask work seem feel
    try leave call need become put mean keep let begin help talk turn start show hear play run
    move like live believe hold bring happen write provide sit stand lose pay meet include
    continue set learn change lead understand watch follow stop create speak read allow add
    spend grow open walk win offer remember love consider appear buy wait serve expect build
    stay fall reach remain suggest raise pass sell require decide pull carry break thank
    receive agree support hit produce eat cover catch draw choose cause point listen realize
    place close involve increase return explain hope develop drive plan answer care die
    time year people way day man thing woman life child world school family student group
    problem hand part case week company system program question number night home water
    room mother area money story fact month lot right study book eye job word business issue
    side kind head house service friend father hour game line end member law car city community
    name team minute idea kid body information back parent face level office door health person
    art history result morning reason research girl guy moment air teacher education food
    today tomorrow yesterday
    good new first last long great little old big high different small large next early young
    important bad able best better sure free true full special easy clear late hard possible
    whole real nice happy simple common short low cheap expensive fast slow hot cold
    soon still well even never always often really already ever almost maybe perhaps probably
    something anything nothing everything someone anyone everyone things
    one two three second many much lots sort type example
    please thanks hello hi yes okay ok tonight
    """.split()
)
