"""English stop words kept in the project, so no nltk_data download is needed.

nltk's English list, plus words that only shape a question ("how many", "would"):
they say what kind of answer is wanted, which ``answer_type`` reads from the
question itself, but they do not say which passage holds it.
"""

STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what
    which who whom whose this that these those am is are was were be been being have has
    had having do does did doing a an the and but if or because as until while of at by
    for with about against between into through during before after above below to from
    up down in out on off over under again further then once here there when where why
    how all any both each few more most other some such no nor not only own same so than
    too very s t can will just don should now d ll m o re ve y ain aren couldn didn doesn
    hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn
    us many much would could may might shall must also yet whether
    """.split()
)
