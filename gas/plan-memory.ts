/**
 * The plan sheet of the last «Проверить план» or «Статусы»: «Сводная справка» falls back to it when
 * it is chosen from one of the tool's own sheets (say, from «Сводная справка» itself).
 */
const PLAN_KEY = 'oko.plan.sheet';

export function rememberPlan(sheet: string): void {
  PropertiesService.getDocumentProperties().setProperty(PLAN_KEY, sheet);
}

export function rememberedPlan(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(PLAN_KEY);
}
