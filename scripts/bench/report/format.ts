/** Number formatting for the report: one decimal, binary units (1 KB = 1,024 bytes). */
export const KB = 1024;
export const MB = 1024 * KB;
export const GB = 1024 * MB;

export const oneDecimal = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const kb = (bytes: number) => `${oneDecimal(bytes / KB)} KB`;
export const mb = (bytes: number) => `${oneDecimal(bytes / MB)} MB`;
export const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB`;
export const seconds = (value: number) => `${oneDecimal(value)} s`;
export const ms = (value: number) => `${value.toFixed(2)} ms`;
/** Whole milliseconds, for times a reader waits (search). */
export const wholeMs = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
export const count = (value: number) => value.toLocaleString('en-US');
export const ratio = (value: number) => `${value.toFixed(2)}×`;
