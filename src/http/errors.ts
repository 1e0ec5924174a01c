// Expected failures a person caused carry a stable snake_case code and a message
// safe to show them; everything else becomes a generic 500 whose cause is only logged.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly publicMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${status} ${code}: ${publicMessage}`, options);
  }
}

export const notFound = (what = 'page') => new HttpError(404, 'not_found', `This ${what} does not exist.`);
export const forbidden = (message = 'You do not have permission to do that.') => new HttpError(403, 'forbidden', message);
export const badRequest = (code: string, message: string) => new HttpError(400, code, message);
