"""The complaint guidance (klagevejledning) the layout appends to every decision letter.

From the councils' service standards: a written complaint no later than 28 days after the
citizen received the decision, sent to the centre's complaint address or e-mail; the centre
reassesses within 28 days of receiving it; a decision it upholds goes to Ankestyrelsen with the
complaint. The numbers of days are the limits in force for the case (`CaseInfo`).
"""

from __future__ import annotations

COMPLAINT_GUIDANCE = """\
<section class="complaint-guidance">
<h2>Klagevejledning</h2>
{% if upheld %}
<p>Din klage er sendt videre til Ankestyrelsen, og du skal ikke gøre mere for at få den
behandlet. Til orientering gælder disse regler, når man klager over en afgørelse fra
træningscentret.</p>
{% endif %}
<p>Hvis du er uenig i afgørelsen, kan du klage. Klagen skal være skriftlig, og du skal sende den
senest {{ case.complaint_days }} dage efter, at du har modtaget afgørelsen.
{%- if complaint_deadline %}
{%- if upheld %} Fristen for at klage over afgørelsen var {{ complaint_deadline | dato }}.
{%- else %} Sidste frist for at sende din klage er <strong>{{ complaint_deadline | dato }}</strong>.
{%- endif %}
{%- endif %}</p>
<p>Send klagen med posten til {{ centre.complaint_address_lines | join(", ") }}, eller på e-mail
til {{ centre.complaint_email }}, att. {{ centre.complaint_attention }}.</p>
<p>Når vi har modtaget din klage, ser vi på sagen igen og giver dig svar inden for
{{ case.reassessment_days }} dage. Hvis vi fastholder afgørelsen, sender vi din klage videre
til Ankestyrelsen, som herefter behandler sagen.</p>
<p>Har du spørgsmål om at klage, er du velkommen til at ringe til os på telefon
{{ centre.phone }}, {{ centre.phone_hours }}.</p>
</section>
"""
