/** Numeric snowflakes (discord.js reads timestamps out of them with BigInt). */
export function snowflakeSequence(start = 1_100_000_000_000_000_000n): () => string {
  let next = start;
  return () => {
    next += 1n;
    return next.toString();
  };
}
