import 'server-only';
import { AppError } from '../http/app-error';

/**
 * A plant object for a page and its title: null when it is missing or another tenant's (the
 * services answer 404), so the page is a 404 and the title never names it. Other errors propagate.
 */
export async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}
