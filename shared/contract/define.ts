// Building blocks of the contract: a method is a doc line, an input schema and an output type.
import type { z } from 'zod';

export interface MethodSpec<Input extends z.ZodType, Output> {
  /** One line saying what the method does, for the reader of the contract. */
  readonly doc: string;
  /** Validated by both transports before any handler runs. */
  readonly input: Input;
  /** Type-only marker carrying the output type; never set at run time. */
  readonly output?: Output;
}

/** `method<Output>()('Does X', z.object({...}))`: the output type is named, the input inferred. */
export const method =
  <Output>() =>
  <Input extends z.ZodType>(doc: string, input: Input): MethodSpec<Input, Output> => ({
    doc,
    input,
  });
