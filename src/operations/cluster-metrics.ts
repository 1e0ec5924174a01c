// /metrics for the whole host when Serai runs as a Node cluster (`serai serve --workers N`).
// Prometheus scrapes one address and reaches whichever worker accepts the connection; that
// worker asks the primary over IPC, the primary's prom-client AggregatorRegistry collects every
// worker's registry (counters and histograms summed, gauges as each declares) and answers.
// If the primary does not answer in time the worker answers with its own metrics: a scrape
// never hangs, it is only partial (the `serai_metrics_scope` line in the text says which).
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'serai:metrics-request';
const RESPONSE = 'serai:metrics-response';
/** Below Prometheus' default 10 s scrape timeout, above the primary's wait for slow workers. */
export const CLUSTER_METRICS_TIMEOUT_MS = 3000;

interface MetricsRequest { type: typeof REQUEST; id: number }
interface MetricsResponse { type: typeof RESPONSE; id: number; text?: string }

const isRequest = (message: unknown): message is MetricsRequest => (message as MetricsRequest | null)?.type === REQUEST;
const isResponse = (message: unknown): message is MetricsResponse => (message as MetricsResponse | null)?.type === RESPONSE;

let primaryReady = false;

/**
 * Call once in the cluster primary before forking workers (src/cli/cluster-primary.ts does).
 * Answers workers' requests with the metrics of all workers.
 */
export function setupPrimaryMetrics(): void {
  if (primaryReady || !cluster.isPrimary) return;
  primaryReady = true;
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isRequest(message)) return;
    const answer = (response: MetricsResponse) => {
      // The asking worker may have exited meanwhile (restart, shutdown): nobody to answer.
      if (worker.isConnected()) worker.send(response, undefined, () => undefined);
    };
    aggregator.clusterMetrics().then(
      (text) => answer({ type: RESPONSE, id: message.id, text }),
      // A worker that died mid-collection: the asking worker falls back to its own metrics.
      () => answer({ type: RESPONSE, id: message.id }),
    );
  });
}

/** The IPC side of a worker; a seam so tests can play the primary. */
export interface PrimaryChannel {
  send(message: MetricsRequest): void;
  onMessage(handler: (message: unknown) => void): () => void;
}

const processChannel: PrimaryChannel = {
  send: (message) => process.send?.(message),
  onMessage(handler) {
    process.on('message', handler);
    return () => process.off('message', handler);
  },
};

let nextId = 1;

/** The primary's aggregated text, or undefined if it did not answer within `timeoutMs`. */
export function askPrimary(channel: PrimaryChannel, timeoutMs = CLUSTER_METRICS_TIMEOUT_MS): Promise<string | undefined> {
  const id = nextId++;
  return new Promise((resolve) => {
    const finish = (text: string | undefined) => {
      clearTimeout(timer);
      stop();
      resolve(text);
    };
    const stop = channel.onMessage((message) => {
      if (isResponse(message) && message.id === id) finish(message.text);
    });
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    timer.unref();
    channel.send({ type: REQUEST, id });
  });
}

/** In a worker, lets prom-client's worker side answer the primary with this app's registry. */
let workerListening = false;

export function joinClusterMetrics(registry: Registry): void {
  if (!cluster.isWorker) return;
  // prom-client starts answering the primary's collection requests when an AggregatorRegistry is made.
  if (!workerListening) new AggregatorRegistry();
  workerListening = true;
  AggregatorRegistry.setRegistries([registry]);
}

/** The metrics text /metrics answers with: the host's in a cluster worker, else this app's own. */
export async function hostMetricsText(
  registry: Registry, channel: PrimaryChannel | undefined = cluster.isWorker && process.send ? processChannel : undefined,
  timeoutMs = CLUSTER_METRICS_TIMEOUT_MS,
): Promise<string> {
  if (channel) {
    const text = await askPrimary(channel, timeoutMs);
    if (text !== undefined) return `${text}\n# serai_metrics_scope cluster\n`;
  }
  const own = await registry.metrics();
  return channel ? `${own}\n# serai_metrics_scope worker_only\n` : own;
}
