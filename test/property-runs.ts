/**
 * How many cases each fast-check property tries. Every `npm test` runs a
 * bounded number, enough for the classic edge cases; a long hunt sets
 * `FC_NUM_RUNS` (`FC_NUM_RUNS=20000 npx vitest run test/properties.test.ts`),
 * which replaces the base count of every property (multiples of it stay
 * multiples). A failure prints its seed and path, to replay it.
 */
export function propertyRuns(base: number): number {
  const wanted = Number(process.env.FC_NUM_RUNS)
  return Number.isInteger(wanted) && wanted > 0 ? wanted : base
}
