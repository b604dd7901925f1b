"""The default body of each letter: where a centre starts before its team leader edits one.

Each is the body only; the layout adds the letterhead, the addresses, the date, the subject
and, for decisions, the complaint guidance.
"""

from __future__ import annotations

from .kinds import LetterKind

INVITATION = """\
<p>Kære {{ citizen.name }}</p>

<p>Vi har {{ case.received_date | dato }} modtaget din henvendelse om træning. Derfor vil vi
gerne invitere dig til en indledende samtale og undersøgelse. Her taler vi med dig om, hvad der
er svært for dig i hverdagen, og terapeuten undersøger, om du har brug for træning, og i givet
fald hvilken.</p>

<table>
<tr><th>Tid</th><td>{{ invitation.meeting_at | ugedag }} {{ invitation.meeting_at | dato }}
{{ invitation.meeting_at | klokken }}</td></tr>
{%- if invitation.place == "home" %}
<tr><th>Sted</th><td>Hjemme hos dig på {{ citizen.address }}</td></tr>
{%- else %}
<tr><th>Sted</th><td>{{ invitation.site_name }}, {{ invitation.site_address }}</td></tr>
{%- endif %}
<tr><th>Terapeut</th><td>{{ invitation.therapist_name }}</td></tr>
</table>

{% if invitation.place == "home" -%}
<p>Terapeuten kommer hjem til dig. Samtalen og undersøgelsen tager normalt omkring en time.</p>
{%- else -%}
<p>Samtalen og undersøgelsen tager normalt omkring en time. Tag gerne tøj og sko på, som du kan
bevæge dig i.</p>
{%- endif %}

<p>Tag gerne dine briller med, hvis du bruger briller, og en liste over den medicin, du tager.
Du er velkommen til at have en pårørende med.</p>

<h2>Hvis du ikke kan komme</h2>
<p>Ring og meld afbud på telefon {{ centre.phone }}, {{ centre.phone_hours }}. Du kan også lægge
en besked på telefonsvareren. Så finder vi en ny tid sammen med dig.</p>

<p>Med venlig hilsen</p>
<p>{{ invitation.therapist_name }}<br>{{ centre.name }}</p>
"""

GRANT = """\
<p>Kære {{ citizen.name }}</p>

<p>Vi har vurderet dit behov for træning, og vi har {{ decision.decided_on | dato }} besluttet,
at du skal have et træningsforløb. Afgørelsen er truffet efter {{ case.legal_basis_citation }}.</p>

<h2>Det får du</h2>
<ul>
{%- if decision.disciplines %}
<li>Træning ved {{ decision.disciplines | opremsning }}.</li>
{%- endif %}
{%- if decision.form %}
<li>Træningen foregår som {{ decision.form }}.</li>
{%- endif %}
{%- if decision.transport %}
<li>Gratis kørsel til og fra træningsstedet med den kommunale kørselsordning.</li>
{%- endif %}
</ul>

{% if decision.findings -%}
<h2>Vores vurdering</h2>
<ul>
{%- for finding in decision.findings %}
<li>{{ finding }}</li>
{%- endfor %}
</ul>
{%- endif %}

{{ decision.reasons | afsnit }}

<h2>Sådan foregår forløbet</h2>
<p>Sammen med din terapeut aftaler du mål for træningen. Forløbet slutter, når terapeuten
vurderer, at du ikke længere har brug for at træne med en terapeut. Du får vejledning i, hvordan
du selv kan holde dine færdigheder ved lige.</p>

<p>Hvis du bliver forhindret i at komme til træning, skal du melde afbud på telefon
{{ centre.phone }}, {{ centre.phone_hours }}. Har du mere end to afbud, som ikke skyldes sygdom
eller lignende, eller udebliver du mere end to gange uden afbud, kan forløbet blive afsluttet.</p>

<p>Vi kontakter dig for at aftale din første træningstid.</p>

<p>Med venlig hilsen</p>
<p>{{ centre.name }}</p>
"""

REFUSAL = """\
<p>Kære {{ citizen.name }}</p>

<p>Vi har vurderet din henvendelse om træning, som vi modtog {{ case.received_date | dato }}.
Vi har {{ decision.decided_on | dato }} besluttet at give dig afslag. Afgørelsen er truffet efter
{{ case.legal_basis_citation }}.</p>

<h2>Begrundelse for afslaget</h2>
{{ decision.reasons | afsnit }}

<p>Hvis din situation ændrer sig, er du velkommen til at kontakte os igen på telefon
{{ centre.phone }}, {{ centre.phone_hours }}, eller på e-mail {{ centre.email }}.</p>

<p>Med venlig hilsen</p>
<p>{{ centre.name }}</p>
"""

REASSESSMENT_UPHELD = """\
<p>Kære {{ citizen.name }}</p>

<p>Du har klaget over vores afgørelse af {{ decision.decided_on | dato }}. Vi modtog din klage
{{ complaint.received_on | dato }}, og tak for den.</p>

<p>Vi har set på sagen igen. Vi har gennemgået din klage og alle sagens oplysninger, og
{{ complaint.reassessed_on | dato }} har vi besluttet at fastholde afgørelsen.</p>

<h2>Begrundelse</h2>
{% if decision.findings -%}
<ul>
{%- for finding in decision.findings %}
<li>{{ finding }}</li>
{%- endfor %}
</ul>
{%- endif %}

{{ decision.reasons | afsnit }}

<h2>Din klage er sendt til Ankestyrelsen</h2>
{% if complaint.forwarded_on -%}
<p>Fordi vi fastholder afgørelsen, har vi {{ complaint.forwarded_on | dato }} sendt din klage
og sagens papirer til Ankestyrelsen.
{%- else -%}
<p>Fordi vi fastholder afgørelsen, sender vi din klage og sagens papirer til Ankestyrelsen.
{%- endif %} Ankestyrelsen behandler nu din klage og sender sin afgørelse direkte til dig. Du skal
ikke selv gøre noget.</p>

<p>Har du spørgsmål, er du velkommen til at ringe til os på telefon {{ centre.phone }},
{{ centre.phone_hours }}.</p>

<p>Med venlig hilsen</p>
<p>{{ centre.name }}</p>
"""

FINAL_STATUS = """\
<p>Kære {{ final_status.general_practitioner }}</p>

<p>Din patient {{ citizen.name }} har afsluttet et forløb med genoptræning hos
{{ centre.name }} efter {{ case.legal_basis_name }}.
{%- if final_status.started_on %} Forløbet begyndte {{ final_status.started_on | dato }} og
{%- else %} Forløbet{% endif %} sluttede {{ final_status.ended_on | dato }}.</p>

<p>Årsag til afslutningen: {{ final_status.end_reason }}.</p>

{% if final_status.goals -%}
<h2>Mål og resultat</h2>
<table>
{%- for goal in final_status.goals %}
<tr><th>{{ goal.text }}</th><td>{{ goal.outcome }}</td></tr>
{%- endfor %}
</table>
{%- endif %}

{{ final_status.note | afsnit }}

<p>Har du spørgsmål, er du velkommen til at ringe til os på telefon {{ centre.phone }},
{{ centre.phone_hours }}.</p>

<p>Med venlig hilsen</p>
<p>{{ centre.name }}</p>
"""

COURSE_ENDING = """\
<p>Kære {{ citizen.name }}</p>

<p>Vi har {{ decision.decided_on | dato }} besluttet at afslutte dit træningsforløb hos
{{ centre.name }}.
{%- if ending.started_on %} Forløbet begyndte {{ ending.started_on | dato }} og
{%- else %} Forløbet{% endif %} slutter {{ ending.ended_on | dato }}. Afgørelsen er truffet efter
{{ case.legal_basis_citation }}.</p>

<p>Årsag til afslutningen: {{ ending.reason }}.</p>

<h2>Begrundelse</h2>
{{ decision.reasons | afsnit }}

<p>Hvis din situation ændrer sig, er du velkommen til at kontakte os igen på telefon
{{ centre.phone }}, {{ centre.phone_hours }}, eller på e-mail {{ centre.email }}.</p>

<p>Med venlig hilsen</p>
<p>{{ centre.name }}</p>
"""

TRAINING_PLAN = """\
<p>Kære {{ citizen.name }}</p>

<p>Her er dine kommende træningstider hos {{ centre.name }}. Gem planen, så du kan se, hvornår
og hvor du skal træne.</p>

<table>
<tr><th>Dag</th><th>Tid</th><th>Træning</th><th>Sted</th></tr>
{%- for session in training_plan.sessions %}
<tr><td>{{ session.starts_at | ugedag }} {{ session.starts_at | dato }}</td>
<td>{{ session.starts_at | klokken }} til {{ session.ends_at | klokken }}</td>
<td>{{ session.what }}</td>
{%- if session.place == "home" %}
<td>Hjemmebesøg</td>
{%- elif session.place == "nearby" %}
<td>I nærmiljøet, som aftalt med din terapeut</td>
{%- else %}
<td>{{ session.site_name }}, {{ session.site_address }}
{%- if session.room_name %}, lokale {{ session.room_name }}{% endif %}</td>
{%- endif %}
</tr>
{%- endfor %}
</table>

<p>Tag tøj og sko på, som du kan bevæge dig i. Ved hjemmebesøg kommer terapeuten hjem til dig.</p>

<h2>Hvis du ikke kan komme</h2>
<p>Ring og meld afbud på telefon {{ centre.phone }}, {{ centre.phone_hours }}. Har du mere end
to afbud, som ikke skyldes sygdom eller lignende, eller udebliver du mere end to gange uden
afbud, kan forløbet blive afsluttet.</p>

<p>Ændrer vi dine tider, får du en ny plan.</p>

<p>Med venlig hilsen</p>
<p>{{ centre.name }}</p>
"""

DEFAULT_TEMPLATES: dict[LetterKind, str] = {
    LetterKind.INVITATION: INVITATION,
    LetterKind.GRANT: GRANT,
    LetterKind.REFUSAL: REFUSAL,
    LetterKind.REASSESSMENT_UPHELD: REASSESSMENT_UPHELD,
    LetterKind.FINAL_STATUS: FINAL_STATUS,
    LetterKind.COURSE_ENDING: COURSE_ENDING,
    LetterKind.TRAINING_PLAN: TRAINING_PLAN,
}
