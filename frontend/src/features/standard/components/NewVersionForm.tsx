import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDate } from '../../../lib/dates';
import { useAddServiceStandardVersion } from '../api/addServiceStandardVersion';
import type { Limit } from '../api/getServiceStandard';
import { formatLimitValue, limitHint, limitLabel, unitFor, unitName, type LegalBasisEntry } from './limits';
import {
  changesNothing,
  formLimits,
  limitField,
  toVersionBody,
  validateVersion,
  versionFields,
  versionFormFor,
  versionProblemErrors,
  type VersionFormValues,
} from './versionForm';

const idFor = (field: string) => `version-${field.replace(/[._]/g, '-')}`;

/**
 * A new version of one legal basis's limits: from a date (tomorrow unless changed), starting from
 * the values in force today. Units belong to the kind of limit and are shown, not chosen.
 */
export function NewVersionForm({
  limits,
  bases,
  today,
  initialLegalBasis,
  onSaved,
}: {
  limits: readonly Limit[];
  bases: readonly LegalBasisEntry[];
  today: string;
  /** The legal basis the form starts with; the first one if none is given. */
  initialLegalBasis?: string | undefined;
  onSaved: (message: string, legalBasis: string) => void;
}) {
  const add = useAddServiceStandardVersion();
  const [values, setValues] = useState<VersionFormValues>(() =>
    versionFormFor(limits, initialLegalBasis ?? bases[0]?.code ?? '', today),
  );
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const current = formLimits(limits, values.legal_basis, today);
  const basisName = bases.find((b) => b.code === values.legal_basis)?.name ?? values.legal_basis;

  const chooseBasis = (legalBasis: string) => {
    clearErrors();
    setValues((v) => ({ ...versionFormFor(limits, legalBasis, today), effective_from: v.effective_from }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateVersion(values, current, today);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    if (changesNothing(values, current)) {
      showErrors({}, ['Du har ikke ændret nogen værdier. Ændr mindst én, før du gemmer en ny version.']);
      return;
    }
    clearErrors();
    const body = toVersionBody(values, current);
    add.mutate(body, {
      onSuccess: () =>
        onSaved(
          `Den nye version for ${basisName} er gemt. Den gælder fra ${formatDate(body.effective_from)}.`,
          body.legal_basis,
        ),
      onError: (error) => {
        if (!(error instanceof ApiError)) {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
          return;
        }
        const mapped = versionProblemErrors(error.problem, body);
        showErrors(mapped.fields, mapped.general);
      },
    });
  };

  const items = summaryItems(
    fieldErrors,
    general,
    versionFields(current.map((l) => l.kind)),
    idFor,
  );

  return (
    <>
      <ErrorSummary id="version-errors" items={items} revision={revision} title="Den nye version blev ikke gemt" />
      <form className="form" noValidate onSubmit={submit} aria-labelledby="new-version-title">
        <h2 id="new-version-title" className="form__title">
          Ny version
        </h2>
        <p id="new-version-rule">
          Sager, der er modtaget før datoen, beholder de frister, der gjaldt, da de blev modtaget.
        </p>
        <SelectField
          id={idFor('legal_basis')}
          name="legal_basis"
          label="Lovgrundlag"
          className="standard__basis-select"
          value={values.legal_basis}
          onChange={chooseBasis}
          options={bases.map((b) => ({ value: b.code, label: b.name }))}
          error={fieldErrors.legal_basis}
        />
        <TextField
          id={idFor('effective_from')}
          name="effective_from"
          type="date"
          label="Gælder fra"
          hint={`Tidligst i dag, ${formatDate(today)}. Sager modtaget fra og med datoen får de nye værdier.`}
          width="medium"
          value={values.effective_from}
          onChange={(effective_from) => setValues((v) => ({ ...v, effective_from }))}
          error={fieldErrors.effective_from}
        />
        {current.length === 0 ? (
          <p className="empty">Lovgrundlaget har ingen frister, der kan ændres.</p>
        ) : (
          <fieldset className="standard__limits">
            <legend className="standard__limits-legend">Frister og træningshyppighed</legend>
            <p className="field__hint">Udfyldt med de værdier, der gælder i dag. Enheden hører til fristen.</p>
            {current.map((limit) => {
              const unit = unitFor(limit.kind);
              return (
                <TextField
                  key={`${values.legal_basis}-${limit.kind}`}
                  id={idFor(limitField(limit.kind))}
                  name={limit.kind}
                  label={`${limitLabel(limit.kind)} (${unitName(unit, 2)})`}
                  hint={`${limitHint(limit.kind)} ${
                    limit.effective_from > today ? `Gælder fra ${formatDate(limit.effective_from)}` : 'Gælder nu'
                  }: ${formatLimitValue(limit.value, limit.unit)}.`}
                  inputMode="numeric"
                  width="short"
                  maxLength={3}
                  value={values.values[limit.kind] ?? ''}
                  onChange={(value) => setValues((v) => ({ ...v, values: { ...v.values, [limit.kind]: value } }))}
                  error={fieldErrors[limitField(limit.kind)]}
                />
              );
            })}
          </fieldset>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={add.isPending || current.length === 0}>
            {add.isPending ? 'Gemmer …' : 'Gem ny version'}
          </button>
        </div>
      </form>
    </>
  );
}
