// Speakers in German, French, Spanish, Portuguese, Italian and Dutch (#15: "speakers are always empty"):
// the plainest cues name the speaker — a speech verb or "according to" and a name after the quote, a name
// and a speech verb before a colon — and anything less clear names no one. Articles written for the project.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

/** Each quote's opening words, the name shown and the role, as ingest analyses the article. */
function speakers(title: string, text: string, language: string): [string, string | null, string | null][] {
  const detected = languageOf(`${title}\n\n${text}`);
  expect(detected.language).toBe(language);
  return analyzer
    .analyze({ text, title, ...detected })
    .quotes.map((q) => [
      q.text.split(' ').slice(0, 3).join(' '),
      q.speaker?.name ?? null,
      q.speaker?.role ?? null,
    ]);
}

describe('speakers in other languages', () => {
  it('German: a verb and a name after the quote, a name before a colon; role nouns are the role', () => {
    const text = [
      '„Wir werden die kleinen Einkommen entlasten“, sagte Finanzminister Jonas Albrecht am Montag in Bonn.',
      'Die Opposition reagierte skeptisch. „Das ist ein leeres Versprechen“, erklärte Greta Lindholm.',
      '„Wir brauchen mehr Geld für Schulen“, sagte Albrecht Reportern in Köln.',
      '„Das prüfen wir“, sagte am Dienstag Bildungsministerin Petra Hauschild-Marx.',
      'Lindholm sagte: „Das reicht nicht.“',
      '„Nein“, so der Minister. „Dazu sage ich nichts“, sagte er.',
      '„Wir bleiben dabei“, erklärte die Bundesregierung. Eine Helferin sagte: „Wir sind müde.“',
    ].join('\n\n');
    expect(speakers('Streit um die Steuerreform', text, 'de')).toEqual([
      ['Wir werden die', 'Jonas Albrecht', 'Finanzminister'],
      ['Das ist ein', 'Greta Lindholm', null],
      ['Wir brauchen mehr', 'Jonas Albrecht', null],
      ['Das prüfen wir', 'Petra Hauschild-Marx', 'Bildungsministerin'],
      ['Das reicht nicht.', 'Greta Lindholm', null],
      ['Nein', null, null],
      ['Dazu sage ich', null, null],
      ['Wir bleiben dabei', null, null],
      ['Wir sind müde.', null, null],
    ]);
  });

  it('a quote right after another one’s cue goes on with its speaker, and no further', () => {
    const text = [
      'Der Stadtrat tagte am Abend. „Das reicht nicht“, sagte Greta Lindholm. „Wir brauchen mehr Busse.“',
      'Danach verließ sie den Saal. „Wir warten ab.“',
      '„Nein“, sagte er. „Auf keinen Fall.“',
    ].join('\n\n');
    expect(speakers('Der Stadtrat streitet über Busse', text, 'de')).toEqual([
      ['Das reicht nicht', 'Greta Lindholm', null],
      ['Wir brauchen mehr', 'Greta Lindholm', null],
      ['Wir warten ab.', null, null],
      ['Nein', null, null],
      ['Auf keinen Fall.', null, null],
    ]);
  });

  it('French: the name after a role and a comma, a title before it, "selon"', () => {
    const text = [
      'Le gouvernement a présenté mardi un plan pour les hôpitaux publics de la région.',
      '« Nous allons recruter dix mille soignants », a déclaré le ministre de la Santé, Étienne Marchal.',
      '« Ce plan arrive trop tard », a estimé Claire Vasseur, infirmière à Nantes.',
      '« Nous n’avons pas le choix », a déclaré M. Perrin, délégué syndical.',
      '« Les moyens manquent », selon Hugo Lemaire, médecin urgentiste.',
      'Le ministre des Finances a répondu : « Le budget est tenu. »',
    ].join('\n\n');
    expect(speakers('Un plan pour l’hôpital public', text, 'fr')).toEqual([
      ['Nous allons recruter', 'Étienne Marchal', null],
      ['Ce plan arrive', 'Claire Vasseur', null],
      ['Nous n’avons pas', 'Perrin', null],
      ['Les moyens manquent', 'Hugo Lemaire', null],
      ['Le budget est', null, null],
    ]);
  });

  it('Spanish and Portuguese: verbs and "según"/"segundo"; a ministry or an unnamed neighbour names no one', () => {
    const es = [
      'El Consejo de Ministros aprobó este martes una subida del salario mínimo del cinco por ciento.',
      '"Es una medida de justicia social", afirmó la ministra de Trabajo, Lucía Carrasco, en rueda de prensa.',
      '"Pone en riesgo miles de empleos", dijo Tomás Olmedo, presidente de la patronal.',
      '"Se cumplirá", afirmó el Ministerio de Hacienda en un comunicado.',
      'El ministro de Economía declaró: "No habrá recortes".',
    ].join('\n\n');
    expect(speakers('El Gobierno aprueba la subida del salario mínimo', es, 'es')).toEqual([
      ['Es una medida', 'Lucía Carrasco', null],
      ['Pone en riesgo', 'Tomás Olmedo', null],
      ['Se cumplirá', null, null],
      ['No habrá recortes', null, null],
    ]);
    const pt = [
      'O Banco Central manteve a taxa de juros pela terceira reunião seguida nesta quarta-feira.',
      '"A inflação ainda preocupa", disse o presidente da instituição, Renato Queiroz.',
      '"Nunca vi nada assim", contou um vizinho.',
      'O comandante Sr. Barreto afirmou: "Evitamos o pior."',
      '"O mercado já esperava", segundo Joana Valente, economista da corretora.',
    ].join('\n\n');
    expect(speakers('Banco Central mantém os juros', pt, 'pt')).toEqual([
      ['A inflação ainda', 'Renato Queiroz', null],
      ['Nunca vi nada', null, null],
      ['Evitamos o pior.', 'Barreto', null],
      ['O mercado já', 'Joana Valente', null],
    ]);
  });

  it('Italian and Dutch: an aside after the subject, "aldus", and a spokesman of a company', () => {
    const it_ = [
      'L’Istat ha comunicato che il prodotto interno lordo è cresciuto dello 0,3% nel secondo trimestre.',
      'Il Dott. Ferri, economista della Bocconi, ha commentato: “È un segnale positivo.”',
      '“Serve prudenza”, ha detto Giulia Moretti, ministra dell’Economia.',
    ].join('\n\n');
    expect(speakers('Il PIL cresce dello 0,3% nel trimestre', it_, 'it')).toEqual([
      ['È un segnale', 'Ferri', null],
      ['Serve prudenza', 'Giulia Moretti', null],
    ]);
    const nl = [
      'Door een storing reden er dinsdagochtend urenlang geen treinen rond Utrecht en Amersfoort.',
      '‘We weten nog niet wat de oorzaak is’, aldus Pieter van Dam, woordvoerder van het spoor.',
      'Een woordvoerder van ProRail zei: ‘We werken eraan.’',
      '‘Dit is al de derde keer’, zei Sanne de Boer, een forens uit Zeist.',
    ].join('\n\n');
    expect(speakers('Storing legt treinverkeer rond Utrecht plat', nl, 'nl')).toEqual([
      ['We weten nog', 'Pieter van Dam', null],
      ['We werken eraan.', null, null],
      ['Dit is al', 'Sanne de Boer', null],
    ]);
  });
});
