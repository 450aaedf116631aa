import type { LexiconList } from './lexicon';

/**
 * Posting words in the other languages job seekers read most (German, French, Italian, Spanish,
 * Portuguese, Dutch, Polish, Swedish), for the page reader (src/page/cues.ts): a posting whose
 * headings say "Requisiti" or "Ihr Profil" is a posting all the same. Headings match a whole
 * (short) heading; the asks match inside a sentence. Modelled on the saved Italian LinkedIn pane
 * (../shared/data/job_pages_more, "Responsabilità Principali", "Requisiti", "Candidatura
 * semplice") and the usual headings of StepStone, XING, Welcome to the Jungle, InfoJobs and
 * Pracuj postings.
 */

/** Headings of what a posting asks of a candidate. */
export const FOREIGN_REQUIREMENTS_HEADING_LIST: LexiconList = {
  kind: 'foreign-requirements-heading',
  text: `
anforderungen
anforderungsprofil
ce que nous recherchons
chi cerchiamo
competenze richieste
compétences requises
cosa cerchiamo
czego oczekujemy
das bringen sie mit
das bringst du mit
dein profil
deine qualifikationen
exigences
functie-eisen
functieeisen
ihr profil
ihre qualifikationen
il tuo profilo
jouw profiel
kvalifikationer
lo que buscamos
nasze wymagania
o que buscamos
o que procuramos
perfil buscado
perfil desejado
perfil requerido
profil recherché
profil souhaité
profilo ricercato
prérequis
qualifications requises
qualificações
qualifikationen
qui êtes-vous
qué buscamos
requerimientos
requisiti
requisiti minimi
requisiti richiesti
requisitos
requisitos mínimos
seu perfil
ton profil
tu perfil
vi söker dig som
votre profil
was du mitbringst
was sie mitbringen
was wir erwarten
was wir von dir erwarten
was wir von ihnen erwarten
wat breng je mee
wat vragen wij
wat wij vragen
wen wir suchen
wie ben jij
wij vragen
wymagania
`,
};

/** Headings of the job's duties. */
export const FOREIGN_DUTIES_HEADING_LIST: LexiconList = {
  kind: 'foreign-duties-heading',
  text: `
arbetsuppgifter
atividades
atribuições
attività
aufgaben
aufgabengebiet
ce que vous ferez
compiti
cosa farai
das erwartet dich
das erwartet sie
dein aufgabengebiet
deine aufgaben
dina arbetsuppgifter
funciones
ihr aufgabengebiet
ihre aufgaben
jouw taken
mansioni
missions principales
o que você vai fazer
obowiązki
principais atividades
principais responsabilidades
principales funciones
principali responsabilità
qué harás
responsabilidades
responsabilità
responsabilità principali
responsabilités
rôle et responsabilités
suas responsabilidades
tareas
tes missions
tus funciones
tus responsabilidades
twoje zadania
tätigkeiten
verantwoordelijkheden
vos missions
vos principales missions
vos responsabilités
was dich erwartet
was sie erwartet
wat ga je doen
zakres obowiązków
`,
};

/** Headings of what is welcome but not required. */
export const FOREIGN_PREFERRED_HEADING_LIST: LexiconList = {
  kind: 'foreign-preferred-heading',
  text: `
atouts
costituisce un plus
deseable
desejável
diferenciais
een pré
graditi
gradito
meriterande
mile widziane
pluspunten
preferibile
requisiti preferenziali
se valorará
serait un plus
un plus
valorable
von vorteil
wünschenswert
`,
};

/** Apply controls (the whole text of a button or link). */
export const FOREIGN_APPLY_LIST: LexiconList = {
  kind: 'foreign-apply',
  text: `
ansök
ansök nu
aplicar
aplicar ahora
aplikuj
aplikuj teraz
bewerben
bewerbung starten
candidatar-se
candidate-se
candidater
candidati
candidati ora
candidatura semplice
candidatura simplificada
direct solliciteren
enviar solicitud
inscribirme
invia candidatura
je postule
jetzt bewerben
online bewerben
postularme
postuler
postuler maintenant
postulez
postúlate
solicitar empleo
solliciteer
solliciteer nu
`,
};

/** Phrases that ask something of a candidate, inside a sentence. */
export const FOREIGN_ASK_LIST: LexiconList = {
  kind: 'foreign-ask',
  text: `
abgeschlossenes studium
capacità di
conhecimento de
conhecimento em
conhecimentos
connaissance de
connaissances
conocimientos
conoscenza
diplôme
doświadczenie w
erfahrung
erfarenhet av
ervaring
esperienza
experiencia
experiência
expérience
formação em
kennis van
kenntnisse
laurea in
maîtrise de
maîtrise des
titulación en
vous justifiez
znajomość
`,
};
