// Postgres WAL positions ("pg_lsn"), printed as two hexadecimal halves of a 64-bit byte offset: "16/B374D848".

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function isLsn(text: string): boolean {
  return LSN.test(text);
}

/** The position as a number, so that two positions compare (as text "9/0" would sort after "10/0"). */
export function lsnValue(lsn: string): bigint {
  const match = LSN.exec(lsn);
  if (!match) throw new Error(`Not a WAL position: "${lsn}"`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}
