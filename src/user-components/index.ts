/**
 * The components authors may use in MDX without importing them. This is public API: add to it,
 * never rename or remove.
 */
import Principle from './Principle.astro';

export const userComponents = { Principle };
