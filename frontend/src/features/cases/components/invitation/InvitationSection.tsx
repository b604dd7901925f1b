import { formatDateLong, formatDateTime } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import { useSites } from '../../../sites/api/getSites';
import type { Invitation } from '../../api/types';
import { MEETING_PLACE_LABELS, SENDING_CHANNEL_LABELS } from '../../labels';
import { Item } from '../shared/Item';

/** The booked initial conversation and how the invitation went out. */
export function InvitationSection({ invitation }: { invitation: Invitation }) {
  const sites = useSites();
  const site = invitation.site_id ? sites.data?.find((s) => s.id === invitation.site_id) : undefined;
  return (
    <section className="panel" aria-labelledby="case-invitation">
      <h2 id="case-invitation" className="panel__title">
        Indkaldelse
      </h2>
      <dl className="details">
        <Item term="Samtale og undersøgelse">
          <time dateTime={invitation.meeting_at}>{formatDateTime(invitation.meeting_at)}</time>
        </Item>
        <Item term="Sted">
          {invitation.place === 'site' && site ? site.name : labelFor(MEETING_PLACE_LABELS, invitation.place)}
        </Item>
        <Item term="Terapeut">{invitation.therapist_name}</Item>
        <Item term="Sendt">
          <time dateTime={invitation.sent_on}>{formatDateLong(invitation.sent_on)}</time>
        </Item>
        <Item term="Sendt som">{labelFor(SENDING_CHANNEL_LABELS, invitation.channel)}</Item>
      </dl>
    </section>
  );
}
