export async function main(argv: string[]): Promise<number> {
  console.log('stub', argv)
  return 0
}
