import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
export type PatchShape<Shape extends z.ZodRawShape> = { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> };

/**
 * A strict schema for partial updates of an entity: every field optional, defaults dropped (a patch that
 * leaves a field out must leave it unchanged, not reset it), unknown fields refused.
 */
export function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = bare.optional();
  }
  return z.strictObject(shape) as unknown as z.ZodObject<PatchShape<Shape>, z.core.$strict>;
}
