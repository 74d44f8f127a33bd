import messages from '@/locales/en/Validation.json';

/** A Validation message key in English, for operators' consoles (start-up, CLI scripts). */
export function validationText(key: string): string {
  const [group, name] = key.split('.');
  const text = (messages as Record<string, Record<string, string>>)[group]?.[name];
  return text ?? key;
}
