/**
 * The checks Discord makes of a MODAL callback (type 9) that a bot could get
 * wrong; the fake answers 400 Invalid Form Body (code 50035) when one fails.
 */
export function modalProblems(modal: any): string[] {
  const problems: string[] = [];
  const within = (value: unknown, max: number, what: string) => {
    if (typeof value !== 'string' || value.length === 0 || value.length > max) problems.push(`${what} must be 1-${max} characters`);
  };
  within(modal?.custom_id, 100, 'custom_id');
  within(modal?.title, 45, 'title');
  const components: any[] = modal?.components ?? [];
  if (components.length < 1 || components.length > 5) problems.push('a modal has 1-5 components');
  for (const component of components) {
    if (component.type === 18) {
      within(component.label, 45, 'label');
      if (component.description !== undefined) within(component.description, 100, 'label description');
      const input = component.component;
      if (input?.type !== 4) continue;
      if ('label' in input) problems.push('a text input inside a label cannot have its own label');
      within(input.custom_id, 100, 'text input custom_id');
      if (input.placeholder !== undefined) within(input.placeholder, 100, 'placeholder');
      if (![1, 2].includes(input.style)) problems.push('text input style must be 1 or 2');
    } else if (component.type !== 1 && component.type !== 10) {
      problems.push(`component type ${component.type} is not allowed in a modal`);
    }
  }
  return problems;
}
