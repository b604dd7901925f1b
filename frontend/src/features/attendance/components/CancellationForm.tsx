import { useState } from 'react';
import { RadioGroup } from '../../../components/Field';

export const REASONS = [
  { value: 'illness', label: 'Sygdom' },
  { value: 'other', label: 'Anden årsag' },
];
export const CANCELLED_BY = [
  { value: 'citizen', label: 'Borgeren' },
  { value: 'centre', label: 'Centret' },
];

export interface CancellationChoice {
  reason: 'illness' | 'other';
  by: 'citizen' | 'centre';
}

/** Afbud: the reason and who reported it (the citizen by default); the reason must be chosen. */
export function CancellationForm({
  idPrefix,
  who,
  onSave,
  onClose,
  pending = false,
}: {
  idPrefix: string;
  who: string;
  onSave: (choice: CancellationChoice) => void;
  onClose: () => void;
  pending?: boolean;
}) {
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('citizen');
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="cancel-form"
      aria-label={`Afbud for ${who}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason) {
          setMissing(true);
          return;
        }
        onSave({ reason: reason as CancellationChoice['reason'], by: by as CancellationChoice['by'] });
      }}
    >
      <RadioGroup
        id={`${idPrefix}-reason`}
        name={`${idPrefix}-reason`}
        legend="Årsag"
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        options={REASONS}
        error={missing ? 'Vælg årsagen til afbuddet.' : undefined}
      />
      <RadioGroup id={`${idPrefix}-by`} name={`${idPrefix}-by`} legend="Meldt af" value={by} onChange={setBy} options={CANCELLED_BY} />
      <div className="row-actions">
        <button type="submit" className="button button--small" disabled={pending}>
          Gem afbud
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onClose}>
          Fortryd
        </button>
      </div>
    </form>
  );
}
