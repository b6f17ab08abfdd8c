"""Past forms of common irregular English verbs, mapped to the base form.

Snowball strips suffixes but cannot see that "said" is "say" or "began" is "begin";
news questions ask "what did X say?" of passages that report what X said.
"""

_FORMS = """
arise arose arisen; be was were been; bear bore borne; beat beat beaten; become became become;
begin began begun; bend bent bent; bid bid bid; bind bound bound; bite bit bitten; blow blew blown;
break broke broken; bring brought brought; build built built; buy bought bought; catch caught caught;
choose chose chosen; come came come; cost cost cost; deal dealt dealt; dig dug dug; do did done;
draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled; fly flew flown;
forbid forbade forbidden; forget forgot forgotten; freeze froze frozen; get got gotten; give gave given;
go went gone; grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden;
hold held held; keep kept kept; know knew known; lay laid laid; lead led led; leave left left;
lend lent lent; lie lay lain; lose lost lost; make made made; mean meant meant; meet met met;
pay paid paid; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said;
see saw seen; seek sought sought; sell sold sold; send sent sent; shake shook shaken; shoot shot shot;
show showed shown; shrink shrank shrunk; sing sang sung; sink sank sunk; sit sat sat; sleep slept slept;
speak spoke spoken; spend spent spent; stand stood stood; steal stole stolen; stick stuck stuck;
strike struck struck; swear swore sworn; swim swam swum; take took taken; teach taught taught;
tear tore torn; tell told told; think thought thought; throw threw thrown; understand understood understood;
wake woke woken; wear wore worn; win won won; withdraw withdrew withdrawn; write wrote written;
overtake overtook overtaken; undertake undertook undertaken; uphold upheld upheld
"""

BASE_FORM: dict[str, str] = {
    form: forms.split()[0] for forms in _FORMS.split(";") for form in forms.split()[1:] if form != forms.split()[0]
}
