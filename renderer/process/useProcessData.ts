// Data a process screen reads for itself: read when shown, and again whenever process data
// changed behind its back (another window, undo, redo).
import { useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { api } from '../api/client';
import { useStore } from '../store';

export function useProcessData<M extends MethodName>(
  method: M,
  input: MethodInput<M> | undefined,
): {
  data: MethodOutput<M> | undefined;
  /** A save's answer: shown at once, no second read. */
  setData(value: MethodOutput<M>): void;
  problem: string | undefined;
} {
  const generation = useStore((state) => state.process.generation);
  const [data, setData] = useState<MethodOutput<M>>();
  const [problem, setProblem] = useState<string>();
  const key = input === undefined ? undefined : JSON.stringify(input);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    void api.call(method, JSON.parse(key) as MethodInput<M>).then((result) => {
      if (!current) return;
      if (result.ok) {
        setData(result.value);
        setProblem(undefined);
      } else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [method, key, generation]);
  return { data, setData, problem };
}
