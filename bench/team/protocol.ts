/**
 * What the team bench's parent (bench/team.bench.ts) and its simulated users (bench/team/worker.ts)
 * say to each other over the fork IPC channel. Plain data only: the worker imports no project code
 * (it is a separate Node process that speaks to the server over HTTP like any client).
 */

/** Sent once to each worker: who it is and what to work on. */
export interface WorkerTask {
  index: number;
  port: number;
  userId: number;
  password: string;
  role: 'account_lead' | 'finance';
  clientIds: number[];
  /** Quotes every lead also edits, so that saves collide (conflicts). */
  sharedQuoteIds: number[];
  /** An interchange quote below the finance floor (so that a proposal on it needs approval). */
  quoteDocument: Record<string, unknown> & { title: string };
  /** A proposal's sections, pre-communication and self-check to save (from the demo's draft). */
  proposalBody: { sections: unknown; preCommunication: unknown; selfCheck: unknown };
}

/**
 * The exchange: parent → task; worker signs in → `ready`; when every worker is ready, parent → `go`
 * (so that start-up and sign-in are not part of the timed run); worker loops until then → report.
 */
export interface WorkerReady {
  ready: true;
}
export interface Go {
  /** Until this epoch millisecond the worker loops; then it reports and exits. */
  until: number;
}

/** One write the server acknowledged (200): what must be in the database afterwards. */
export type Ack =
  | { kind: 'quote'; id: number; revision: number; title: string }
  | { kind: 'proposal'; id: number; revision: number; title: string }
  | { kind: 'approval-request'; id: number; proposalId: number }
  | { kind: 'approval-decision'; id: number; decidedBy: number; status: 'approved' };

/** One call as the worker saw it. */
export interface CallSample {
  handler: string;
  ms: number;
  status: number;
  /** The refusal's code, when not 200. */
  code?: string;
}

export interface WorkerReport {
  index: number;
  acks: Ack[];
  samples: CallSample[];
  /** Calls that failed without an HTTP answer (connection reset, timeout). */
  transportErrors: string[];
}
