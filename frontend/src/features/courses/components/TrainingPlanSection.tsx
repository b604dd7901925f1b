import { useState } from 'react';
import { describeError } from '../../../api/problem';
import type { Course, TrainingPlanChannel } from '../../../api/types';
import { RadioGroup } from '../../../components/Field';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { letterPdfUrl } from '../../cases/api/downloadLetter';
import { usePreviewTrainingPlan, useSendTrainingPlan, useTrainingPlans } from '../api/trainingPlan';

export const PLAN_CHANNEL_LABELS: Record<TrainingPlanChannel, string> = {
  printed: 'Udskrevet og givet til borgeren',
  letter: 'Sendt som brev',
  digital_post: 'Sendt med Digital Post',
};

const CHANNELS = (Object.keys(PLAN_CHANNEL_LABELS) as TrainingPlanChannel[]).map((value) => ({
  value,
  label: PLAN_CHANNEL_LABELS[value],
}));

/** Træningsplan: the citizen's coming sessions on paper, sent or printed, and the plans sent before. */
export function TrainingPlanSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const plans = useTrainingPlans(course.id);
  const preview = usePreviewTrainingPlan(course.id);
  const send = useSendTrainingPlan(course.id);
  const [channel, setChannel] = useState<TrainingPlanChannel>('printed');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!course.case_id) return null;

  const sendPlan = () =>
    send.mutate(channel, {
      onSuccess: (plan) => {
        preview.reset();
        setMessage({
          text: `Træningsplanen med ${plan.sessions} ${plan.sessions === 1 ? 'tid' : 'tider'} er gemt som brev (${PLAN_CHANNEL_LABELS[plan.channel].toLowerCase()}).`,
          error: false,
        });
      },
      onError: (error) => setMessage({ text: describeError(error), error: true }),
    });
  const showPreview = () => {
    setMessage(null);
    preview.mutate(undefined, { onError: (error) => setMessage({ text: describeError(error), error: true }) });
  };

  return (
    <section className="panel" aria-labelledby="course-training-plan">
      <h2 id="course-training-plan" className="panel__title">
        Træningsplan
      </h2>
      <p>Borgerens kommende tider (individuelle tider og hold) med dato, klokkeslæt og sted, som brev.</p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice--error' : 'notice'}>
          {message.text}
        </p>
      ) : null}
      {mayWrite ? (
        <div className="training-plan__send">
          <RadioGroup
            id="training-plan-channel"
            name="training-plan-channel"
            legend="Sådan får borgeren planen"
            value={channel}
            onChange={(v) => setChannel(v as TrainingPlanChannel)}
            options={CHANNELS}
          />
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={showPreview} disabled={preview.isPending}>
              Vis planen
            </button>
            <button type="button" className="button" onClick={sendPlan} disabled={send.isPending}>
              Send/udskriv plan
            </button>
          </div>
        </div>
      ) : null}
      {preview.data ? (
        <iframe
          className="training-plan__preview"
          title="Træningsplanen, som den bliver sendt"
          sandbox=""
          srcDoc={preview.data.html}
        />
      ) : null}
      <h3 className="panel__subtitle">Sendte planer</h3>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.length === 0 ? (
        <p className="empty">Der er ikke sendt en træningsplan endnu.</p>
      ) : (
        <ul className="training-plan__sent">
          {plans.data.map((p) => (
            <li key={p.id}>
              {formatDateTime(p.sent_at)}: {labelFor(PLAN_CHANNEL_LABELS, p.channel).toLowerCase()}, {p.sessions}{' '}
              {p.sessions === 1 ? 'tid' : 'tider'}, af {p.sent_by}.{' '}
              <a href={letterPdfUrl(p.letter_id)}>
                Hent PDF<span className="visually-hidden"> af træningsplanen fra {formatDateTime(p.sent_at)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
