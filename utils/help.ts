import { adviceFor, type Advice, type AdviceContext } from './advice';
import { explainError, type ErrorHelp } from './errors/explain';
import type { Portal } from './portals/types';
import type { StepReading } from './steps/types';

/** Everything the panel and the popup show for one reading: advice for the step and, on an error, its explanation. */
export interface Help {
  readonly advice: readonly Advice[];
  readonly error?: ErrorHelp;
}

/** The help for a reading on a portal, in the person's language. */
export function helpFor(portal: Portal, reading: StepReading, context: AdviceContext): Help {
  const advice = adviceFor(reading.step, portal, reading.consent ? { ...context, consent: reading.consent } : context, reading.method);
  return reading.errorCode ? { advice, error: explainError(reading.errorCode, portal, context.t) } : { advice };
}
