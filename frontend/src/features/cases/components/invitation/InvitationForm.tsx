import { useState } from 'react';
import { ApiError } from '../../../../api/problem';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../../components/Field';
import { copenhagenToday } from '../../../../lib/dates';
import { optionsOf } from '../../../../lib/labels';
import { useSites } from '../../../sites/api/getSites';
import { useTherapists } from '../../api/getTherapists';
import { useInvite } from '../../api/invite';
import { usePreviewInvitation } from '../../api/previewInvitation';
import { MEETING_PLACE_LABELS, SENDING_CHANNEL_LABELS } from '../../labels';
import { LetterPreviewFrame } from '../shared/LetterPreviewFrame';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import {
  asksForReason,
  emptyInvitation,
  hasLetter,
  INVITATION_FIELDS,
  toInvitationBody,
  validateInvitation,
} from './invitationForm';

const idFor = fieldId('invitation');

/**
 * Books the initial conversation and examination and records how the invitation went out. The
 * conversation goes in the therapist's calendar with every check of a booking: the server's refusal
 * (a clash, a closure day) is shown as it says; a time outside the therapist's working hours or
 * during an absence asks for the reason before it is booked.
 */
export function InvitationForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const sites = useSites();
  const therapists = useTherapists();
  const invite = useInvite(data.id);
  const preview = usePreviewInvitation(data.id);
  const [reasonAsked, setReasonAsked] = useState(false);
  const { values, set, fieldErrors, items, revision, submit, showLetter, letter } = useStepForm({
    initial: () => emptyInvitation(today, data.site.id),
    validate: (v) => validateInvitation(v, { today, receivedOn: data.received_date }),
    toBody: toInvitationBody,
    mutation: invite,
    preview,
    fields: INVITATION_FIELDS,
    idFor,
    done: (v) => invitationDone(v.channel),
    onDone,
    onError: (error) => {
      if (error instanceof ApiError && asksForReason(error.problem)) setReasonAsked(true);
    },
  });

  return (
    <>
      <ErrorSummary id="invitation-errors" items={items} revision={revision} title="Indkaldelsen blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <TextField
          id={idFor('meeting_at')}
          name="meeting_at"
          type="datetime-local"
          label="Samtalen er booket til"
          hint="Dato og klokkeslæt (dansk tid) for den indledende samtale og undersøgelse."
          width="medium"
          value={values.meeting_at}
          onChange={set('meeting_at')}
          error={fieldErrors.meeting_at}
        />
        <RadioGroup
          id={idFor('place')}
          name="place"
          legend="Sted"
          value={values.place}
          onChange={set('place')}
          options={optionsOf(MEETING_PLACE_LABELS)}
          error={fieldErrors.place}
        />
        {values.place === 'site' ? (
          <SelectField
            id={idFor('site_id')}
            name="site_id"
            label="Matrikel"
            value={values.site_id}
            onChange={set('site_id')}
            placeholder={sites.isPending ? 'Henter matrikler …' : 'Vælg matrikel'}
            options={(sites.data ?? [{ id: data.site.id, name: data.site.name }]).map((s) => ({
              value: s.id,
              label: s.name,
            }))}
            error={fieldErrors.site_id ?? (sites.isError ? 'Matriklerne kunne ikke hentes.' : undefined)}
          />
        ) : null}
        <SelectField
          id={idFor('therapist_id')}
          name="therapist_id"
          label="Terapeut"
          hint="Den, der holder samtalen."
          value={values.therapist_id}
          onChange={set('therapist_id')}
          placeholder={therapists.isPending ? 'Henter terapeuter …' : 'Vælg terapeut'}
          options={(therapists.data ?? []).map((t) => ({ value: t.id, label: t.display_name }))}
          error={fieldErrors.therapist_id ?? (therapists.isError ? 'Terapeuterne kunne ikke hentes.' : undefined)}
        />
        <TextField
          id={idFor('sent_on')}
          name="sent_on"
          type="date"
          label="Indkaldelsen blev sendt"
          hint="Dagen, brevet blev sendt, eller borgeren blev ringet op. Fristen er overholdt denne dag."
          width="medium"
          max={today}
          value={values.sent_on}
          onChange={set('sent_on')}
          error={fieldErrors.sent_on}
        />
        <RadioGroup
          id={idFor('channel')}
          name="channel"
          legend="Sendt som"
          hint="Brev og Digital Post får indkaldelsesbrevet; en opringning har intet brev."
          value={values.channel}
          onChange={set('channel')}
          options={optionsOf(SENDING_CHANNEL_LABELS)}
          error={fieldErrors.channel}
        />
        {reasonAsked || values.outside_hours_reason ? (
          <TextField
            id={idFor('outside_hours_reason')}
            name="outside_hours_reason"
            label="Begrundelse for tid uden for arbejdstid"
            hint="Tiden ligger uden for terapeutens arbejdstid eller under fravær. Skriv hvorfor, eller vælg en anden tid."
            width="full"
            value={values.outside_hours_reason}
            onChange={set('outside_hours_reason')}
            error={fieldErrors.outside_hours_reason}
          />
        ) : null}
        <TextAreaField
          id={idFor('note')}
          name="note"
          label="Note"
          optional
          value={values.note}
          onChange={set('note')}
          error={fieldErrors.note}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={invite.isPending}>
            {invite.isPending ? 'Gemmer …' : 'Gem indkaldelse'}
          </button>
          {hasLetter(values.channel) ? (
            <button type="button" className="button button--secondary" onClick={showLetter} disabled={preview.isPending}>
              {preview.isPending ? 'Henter brevet …' : 'Vis brev'}
            </button>
          ) : null}
        </div>
      </form>
      <LetterPreviewFrame
        html={hasLetter(values.channel) ? letter : null}
        title="Forhåndsvisning af indkaldelsesbrevet"
      />
    </>
  );
}

function invitationDone(channel: string): string {
  return hasLetter(channel)
    ? 'Indkaldelsen er registreret, og brevet er gemt på sagen.'
    : 'Indkaldelsen er registreret.';
}

