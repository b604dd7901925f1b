import { Checkbox, CheckboxGroup, RadioGroup } from '../../../../components/Field';
import { optionsOf } from '../../../../lib/labels';
import { COURSE_FORM_LABELS, DISCIPLINE_LABELS } from '../../labels';

interface CourseValues {
  disciplines: string[];
  form: string;
  transport_needed: boolean;
}

/** A form's `set` for these fields; one signature per field so that any form's generic `set` fits. */
interface SetCourseField {
  (field: 'disciplines'): (value: string[]) => void;
  (field: 'form'): (value: string) => void;
  (field: 'transport_needed'): (value: boolean) => void;
}

interface CourseFieldsProps {
  idFor: (field: string) => string;
  values: CourseValues;
  set: SetCourseField;
  fieldErrors: Record<string, string>;
  /** The training start asks for the form before the disciplines; the grant the other way round. */
  formFirst?: boolean;
}

/** A course's disciplines, form and transport, as the grant and the training start record them. */
export function CourseFields({ idFor, values, set, fieldErrors, formFirst = false }: CourseFieldsProps) {
  const disciplines = (
    <CheckboxGroup
      id={idFor('disciplines')}
      name="disciplines"
      legend="Faggrupper"
      value={values.disciplines}
      onChange={set('disciplines')}
      options={optionsOf(DISCIPLINE_LABELS)}
      error={fieldErrors.disciplines}
    />
  );
  const form = (
    <RadioGroup
      id={idFor('form')}
      name="form"
      legend="Træningsform"
      value={values.form}
      onChange={set('form')}
      options={optionsOf(COURSE_FORM_LABELS)}
      error={fieldErrors.form}
    />
  );
  return (
    <>
      {formFirst ? form : disciplines}
      {formFirst ? disciplines : form}
      <Checkbox
        id={idFor('transport_needed')}
        name="transport_needed"
        label="Borgeren har brug for kørsel"
        checked={values.transport_needed}
        onChange={set('transport_needed')}
      />
    </>
  );
}
