import { describe, expect, test } from 'vitest';
import { headingCue, isApplyText } from '../../src/page/cues';
import { requirementSentences } from '../../src/page/text-block';

describe('posting headings in the languages job seekers read', () => {
  // Headings as postings print them (StepStone, XING, Welcome to the Jungle, InfoJobs, Pracuj, the
  // saved Italian LinkedIn pane), with their case and punctuation.
  test.each([
    ['Ihr Profil:', 'required'],
    ['Deine Aufgaben', 'responsibilities'],
    ['Was du mitbringst', 'required'],
    ['Vos missions', 'responsibilities'],
    ['Profil recherché', 'required'],
    ['Responsabilità Principali', 'responsibilities'],
    ['Requisiti', 'required'],
    ['Requisitos:', 'required'],
    ['Funciones', 'responsibilities'],
    ['Wat ga je doen?', 'responsibilities'],
    ['Mile widziane', 'preferred'],
    ['Zakres obowiązków', 'responsibilities'],
    ['Dina arbetsuppgifter', 'responsibilities'],
    ['Von Vorteil', 'preferred'],
    ['Requirements', 'required'],
    // Older US and UK/AU public-sector postings (NEOGOV, PeopleSoft, Taleo).
    ['Essential Duties and Responsibilities:', 'responsibilities'],
    ['Knowledge, Skills & Abilities', 'required'],
    ['Essential Criteria', 'required'],
    ['Desirable Criteria', 'preferred'],
    ['Person Specification', 'required'],
  ])('%s → %s', (heading, kind) => {
    expect(headingCue(heading)).toBe(kind);
  });

  test.each(['Missions to Mars', 'Aufgaben der Zukunft: wie KI die Arbeit verändert', 'Profil', 'Requisiti di sistema per il download'])('an article heading that starts alike is no posting heading: %s', (heading) => {
    expect(headingCue(heading)).toBeNull();
  });

  test.each(['Jetzt bewerben', 'Candidati', 'Postuler maintenant', 'Solliciteer nu', 'Aplikuj', 'Apply now'])('apply control: %s', (text) => {
    expect(isApplyText(text)).toBe(true);
  });

  test.each(['Bewertungen', 'Candidature ricevute: 120', 'Postal code'])('not an apply control: %s', (text) => {
    expect(isApplyText(text)).toBe(false);
  });

  test('sentences that ask of a candidate count in Italian and German too', () => {
    const italian = [
      'Diploma di scuola superiore.',
      'Esperienza di almeno 1 anno in ruoli di customer service o logistica.',
      'Buona conoscenza dei principali strumenti informatici.',
      'Capacità di lavorare in team.',
      'Conoscenza del gestionale SAP.',
    ].join('\n');
    expect(requirementSentences(italian).asks).toBe(4);
    const german = 'Sehr gute Kenntnisse in SQL und Python.\nErfahrung mit Airflow oder einem vergleichbaren Werkzeug.\nWir bieten 30 Tage Urlaub und flexible Arbeitszeiten.';
    expect(requirementSentences(german).asks).toBe(2);
  });
});
