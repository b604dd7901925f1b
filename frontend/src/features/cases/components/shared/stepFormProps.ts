import type { Case } from '../../../../api/types';

/** What the actions section gives each step form. */
export interface StepFormProps {
  data: Case;
  /** The id of the element that names the form (the action's heading button). */
  labelledBy: string;
  /** Called with a message for the user after the step was saved. */
  onDone: (message: string) => void;
}
