import { useState, type FormEvent } from 'react';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Checkbox, RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { copenhagenToday, formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { CourseLetterPreview } from './CourseLetterPreview';
import {
  useEndCourse,
  useEnding,
  usePreviewEndingDecision,
  usePreviewFinalStatus,
  useSendEndingDecision,
  useSendFinalStatus,
} from '../api/courseLifecycle';
import { DECISION_CHANNEL_LABELS, END_REASON_LABELS, FINAL_STATUS_CHANNEL_LABELS } from '../labels';
import {
  decisionMissing,
  endingMissing,
  toDecision,
  toEnding,
  type DecisionValues,
  type EndingValues,
} from './lifecycleForms';
import { showProblem } from './showProblem';

const OPEN = new Set(['active', 'postponed']);

/**
 * Afslutning: the reason (and, when training goes on as self-training, the follow-up
 * conversation, the material handed out and home care's part); then the final status to the GP
 * after genoptræning, and the decision letter when a § 86 course ends other than at the
 * citizen's wish.
 */
export function EndingSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const ended = course.status === 'ended';
  const ending = useEnding(course.id, ended);
  if (!ended && !OPEN.has(course.status)) return null;
  return (
    <section className="panel" aria-labelledby="course-ending">
      <h2 id="course-ending" className="panel__title">
        Afslutning
      </h2>
      {!ended ? (
        <>
          {mayWrite ? (
            <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              Afslut forløbet
            </button>
          ) : (
            <p className="empty">Forløbet er ikke afsluttet.</p>
          )}
          {open ? <EndingForm courseId={course.id} /> : null}
        </>
      ) : ending.isPending ? (
        <Loading />
      ) : ending.isError ? (
        <ErrorMessage error={ending.error} onRetry={() => void ending.refetch()} />
      ) : ending.data ? (
        <>
          <dl className="details details--compact">
            <dt>Sluttede</dt>
            <dd>{formatDate(ending.data.ended_on)}</dd>
            <dt>Årsag</dt>
            <dd>{labelFor(END_REASON_LABELS, ending.data.reason)}</dd>
            {ending.data.note ? (
              <>
                <dt>Notat</dt>
                <dd>{ending.data.note}</dd>
              </>
            ) : null}
            {ending.data.follow_up_on ? (
              <>
                <dt>Opfølgende samtale</dt>
                <dd>{formatDate(ending.data.follow_up_on)}</dd>
              </>
            ) : null}
            {ending.data.self_training_material ? (
              <>
                <dt>Vejledning og øvelser udleveret</dt>
                <dd>{ending.data.self_training_material}</dd>
              </>
            ) : null}
            <dt>Hjemmeplejen inddraget</dt>
            <dd>{ending.data.home_care_involved ? 'Ja' : 'Nej'}</dd>
          </dl>
          {ending.data.final_status_expected ? (
            <FinalStatus
              courseId={course.id}
              mayWrite={mayWrite}
              sentAt={ending.data.final_status_sent_at ?? null}
              channel={ending.data.final_status_channel ?? null}
            />
          ) : null}
          {ending.data.is_decision && course.case_id ? (
            <EndingDecision
              courseId={course.id}
              caseId={course.case_id}
              mayWrite={mayWrite}
              note={ending.data.note}
              sentOn={ending.data.ending_decision_sent_on ?? null}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

const ENDING_FIELDS = ['reason', 'note', 'ended_on', 'follow_up_on', 'self_training_material'] as const;
const endingId = (field: string) => `ending-${field.replace(/_/g, '-')}`;

function EndingForm({ courseId }: { courseId: string }) {
  const end = useEndCourse(courseId);
  const [values, setValues] = useState<EndingValues>({
    reason: '',
    note: '',
    ended_on: copenhagenToday(),
    follow_up_on: '',
    self_training_material: '',
    home_care_involved: false,
  });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof EndingValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = endingMissing(values);
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    end.mutate(toEnding(values), { onError: (error) => showProblem(error, ENDING_FIELDS, showErrors) });
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="ending-form-title">
      <h3 id="ending-form-title" className="subform__legend">
        Afslut forløbet
      </h3>
      <ErrorSummary id="ending-errors" items={summaryItems(fieldErrors, general, ENDING_FIELDS, endingId)} revision={revision} />
      <SelectField
        id={endingId('reason')}
        name="reason"
        label="Årsag"
        placeholder="Vælg …"
        options={Object.entries(END_REASON_LABELS).map(([value, label]) => ({ value, label }))}
        value={values.reason}
        onChange={set('reason')}
        error={fieldErrors.reason}
      />
      <TextAreaField
        id={endingId('note')}
        name="note"
        label="Notat"
        hint="Skal udfyldes ved anden årsag. Står i slutstatus til lægen."
        optional
        value={values.note}
        onChange={set('note')}
        error={fieldErrors.note}
      />
      <TextField
        id={endingId('ended_on')}
        name="ended_on"
        label="Slutdato"
        type="date"
        value={values.ended_on}
        onChange={set('ended_on')}
        error={fieldErrors.ended_on}
      />
      <TextField
        id={endingId('follow_up_on')}
        name="follow_up_on"
        label="Opfølgende samtale"
        hint="Når træningen fortsætter som egentræning."
        type="date"
        optional
        value={values.follow_up_on}
        onChange={set('follow_up_on')}
        error={fieldErrors.follow_up_on}
      />
      <TextAreaField
        id={endingId('self_training_material')}
        name="self_training_material"
        label="Vejledning og egentræningsøvelser udleveret"
        optional
        value={values.self_training_material}
        onChange={set('self_training_material')}
        error={fieldErrors.self_training_material}
      />
      <Checkbox
        id={endingId('home_care_involved')}
        name="home_care_involved"
        label="Hjemmeplejen er inddraget"
        checked={values.home_care_involved}
        onChange={(checked) => setValues((v) => ({ ...v, home_care_involved: checked }))}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={end.isPending}>
          {end.isPending ? 'Gemmer …' : 'Gem afslutningen'}
        </button>
      </div>
    </form>
  );
}

const FINAL_FIELDS = ['channel'] as const;

function FinalStatus({
  courseId,
  mayWrite,
  sentAt,
  channel,
}: {
  courseId: string;
  mayWrite: boolean;
  sentAt: string | null;
  channel: string | null;
}) {
  const preview = usePreviewFinalStatus(courseId);
  const send = useSendFinalStatus(courseId);
  const [chosen, setChosen] = useState('post');
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  if (sentAt) {
    return (
      <div className="subform">
        <h3 className="subform__legend">Slutstatus til lægen</h3>
        <p>
          Sendt {formatDateTime(sentAt)} ({labelFor(FINAL_STATUS_CHANNEL_LABELS, channel ?? '')}). Brevet ligger på sagen.
        </p>
      </div>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearErrors();
    send.mutate({ channel: chosen as 'post' | 'medcom' }, { onError: (error) => showProblem(error, FINAL_FIELDS, showErrors) });
  };
  const showPreview = () => {
    clearErrors();
    preview.mutate(undefined, { onError: (error) => showProblem(error, FINAL_FIELDS, showErrors) });
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="final-status-title">
      <h3 id="final-status-title" className="subform__legend">
        Slutstatus til lægen
      </h3>
      <p>Slutstatus går til den praktiserende læge i borgerens stamdata, med forløbets mål og resultat.</p>
      <ErrorSummary id="final-status-errors" items={summaryItems(fieldErrors, general, FINAL_FIELDS, () => 'final-status-channel')} revision={revision} />
      {mayWrite ? (
        <RadioGroup
          id="final-status-channel"
          name="final_status_channel"
          legend="Sendes"
          value={chosen}
          onChange={setChosen}
          options={Object.entries(FINAL_STATUS_CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
          error={fieldErrors.channel}
        />
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--secondary" disabled={preview.isPending} onClick={showPreview}>
          {preview.isPending ? 'Henter …' : 'Vis slutstatus'}
        </button>
        {mayWrite ? (
          <button type="submit" className="button" disabled={send.isPending}>
            {send.isPending ? 'Sender …' : 'Send slutstatus'}
          </button>
        ) : null}
      </div>
      <CourseLetterPreview html={preview.data ?? null} title="Forhåndsvisning af slutstatus" />
    </form>
  );
}

const DECISION_FIELDS = ['sent_on', 'channel', 'received_on', 'reasons'] as const;
const decisionId = (field: string) => `ending-decision-${field.replace(/_/g, '-')}`;

function EndingDecision({
  courseId,
  caseId,
  mayWrite,
  note,
  sentOn,
}: {
  courseId: string;
  caseId: string;
  mayWrite: boolean;
  note: string | null;
  sentOn: string | null;
}) {
  const preview = usePreviewEndingDecision(caseId);
  const send = useSendEndingDecision(courseId, caseId);
  const [values, setValues] = useState<DecisionValues>({
    sent_on: copenhagenToday(),
    channel: 'digital_post',
    received_on: '',
    reasons: note ?? '',
  });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof DecisionValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const checked = () => {
    const missing = decisionMissing(values);
    if (Object.keys(missing).length > 0) {
      showErrors(missing, []);
      return false;
    }
    clearErrors();
    return true;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!checked()) return;
    send.mutate(toDecision(values), { onError: (error) => showProblem(error, DECISION_FIELDS, showErrors) });
  };
  const showPreview = () => {
    if (!checked()) return;
    preview.mutate(toDecision(values), { onError: (error) => showProblem(error, DECISION_FIELDS, showErrors) });
  };
  if (sentOn) {
    return (
      <div className="subform" role="status">
        <h3 className="subform__legend">Afgørelse om afslutning</h3>
        <p>
          Afgørelsen blev sendt {formatDate(sentOn)} og ligger på sagen med klagefristen. En klage registreres på sagen.
        </p>
      </div>
    );
  }
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="ending-decision-title">
      <h3 id="ending-decision-title" className="subform__legend">
        Afgørelse om afslutning
      </h3>
      <p>
        Et forløb efter serviceloven § 86, der afsluttes uden borgerens ønske, er en afgørelse: borgeren får et begrundet brev med
        klagevejledning.
      </p>
      <ErrorSummary id="ending-decision-errors" items={summaryItems(fieldErrors, general, DECISION_FIELDS, decisionId)} revision={revision} />
      <TextAreaField
        id={decisionId('reasons')}
        name="reasons"
        label="Begrundelse"
        rows={5}
        value={values.reasons}
        onChange={set('reasons')}
        error={fieldErrors.reasons}
      />
      <RadioGroup
        id={decisionId('channel')}
        name="ending_decision_channel"
        legend="Sendes som"
        value={values.channel}
        onChange={set('channel')}
        options={Object.entries(DECISION_CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
        error={fieldErrors.channel}
      />
      <div className="inline-fields">
        <TextField
          id={decisionId('sent_on')}
          name="sent_on"
          label="Sendt"
          type="date"
          value={values.sent_on}
          onChange={set('sent_on')}
          error={fieldErrors.sent_on}
        />
        {values.channel === 'letter' ? (
          <TextField
            id={decisionId('received_on')}
            name="received_on"
            label="Modtaget af borgeren"
            type="date"
            optional
            value={values.received_on}
            onChange={set('received_on')}
            error={fieldErrors.received_on}
          />
        ) : null}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--secondary" disabled={preview.isPending} onClick={showPreview}>
          {preview.isPending ? 'Henter …' : 'Vis brevet'}
        </button>
        {mayWrite ? (
          <button type="submit" className="button" disabled={send.isPending}>
            {send.isPending ? 'Sender …' : 'Send afgørelsen'}
          </button>
        ) : null}
      </div>
      <CourseLetterPreview html={preview.data ?? null} title="Forhåndsvisning af afgørelsen om afslutning" />
    </form>
  );
}
