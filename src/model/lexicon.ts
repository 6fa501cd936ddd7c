/** Lexicon: the language knowledge of the extractor, one YAML file per language, same keys in each. */
import { z } from 'zod';

const phrases = z.array(z.string().min(1));

export const LexiconSchema = z
  .object({
    language: z.string().regex(/^[a-z]{2}$/),
    name: z.string(),
    /** Frequent words for language detection (folded: lower case, no diacritics). */
    stopwords: phrases,
    /** Tokens before a period that do not end a sentence (without the period). */
    abbreviations: z.array(z.string()),
    /** Month names and abbreviations (folded) to month number. */
    months: z.record(z.string(), z.number().int().min(1).max(12)),
    /**
     * Days named relative to the page's date, for a conference the text dates no other way
     * ("held on Wednesday", "yesterday"): phrases to the number of days before the page's date,
     * and weekday phrases to the ISO weekday (1 = Monday, 7 = Sunday).
     */
    relativeDays: z
      .object({
        daysBefore: z.record(z.string(), z.number().int().min(0).max(6)),
        weekdays: z.record(z.string(), z.number().int().min(1).max(7)),
        /**
         * A day of the month without its month ("Sáng 13,", "１３日午前", "on the 13th,"): regexes over
         * the folded text with a `day` group, read as the latest such day on or before the page's date.
         */
        dayOfMonth: phrases,
      })
      .strict(),
    /** Date regexes over the folded text; named groups: day, month (number or name), year. */
    datePatterns: phrases,
    /** Words just before a date that make it another document's date ("dated", "issued on"). */
    documentDateCues: phrases,
    /** Words naming the event: conference, meeting. */
    conferenceWords: phrases,
    /** Words saying that the meeting reviewed a period ("reviewed", "tổng kết", "bilanziert"): a sentence with one announces the conference even when it does not name it. */
    reviewVerbs: phrases,
    chair: z
      .object({
        /** NAME <cue>: "chaired". */
        active: phrases,
        /** <cue> NAME: "chaired by". */
        passive: phrases,
        /** A senior guest who attended and directed: directedBy, not chair. */
        directed: phrases,
        /** Words that start a title ("Deputy", "Chairman"). */
        titleHeads: phrases,
        /** Words dropped before a name ("Comrade", "Mr."). */
        honorifics: z.array(z.string()),
        /** A title word in another case to its base form, for titles a cue inflects ("под председательством заместителя" → "заместитель"). */
        titleForms: z.record(z.string(), z.string()),
        /**
         * Particles a language without spaces before them attaches to a name (Korean "쩐 반 히에우가 주재했다"),
         * after a syllable ending in a vowel or in a consonant; left out of the name.
         */
        nameParticles: z.object({ afterVowel: z.array(z.string()), afterConsonant: z.array(z.string()) }).strict(),
      })
      .strict(),
    sections: z
      .object({
        results: phrases,
        shortcomings: phrases,
        tasks: phrases,
        /** Speech openers that praise rather than list (end a section). */
        neutral: phrases,
        /** Presenting the report ("presented the report", "作报告"): the report's results follow the sentence. */
        reportPresented: phrases,
        /** Citing the report ("according to the report", "the report said", "报告指出"): the sentence gives a result. */
        reportSays: phrases,
        /** Words after which a list of items follows ("such as", "which are"). */
        introducers: phrases,
        /** Words that join a list's last clause ("...; and strengthen ..."), left out at an item's start. */
        conjunctions: phrases,
        /**
         * Regexes (folded text) where a second action joins the first inside one clause ("... et de renforcer ...",
         * "... and to strengthen ..."): a task sentence is cut there as it is at a comma between actions.
         */
        actionJoins: phrases,
        /** Words that open a noun phrase ("the", "les", "các"): a comma piece starting with one names a thing, not a task. */
        determiners: phrases,
        /** Words opening a relative clause ("where", "which", "où"): a comma piece starting with one says more of the piece before, and is not an item of its own. */
        relatives: phrases,
        /** Words saying who attended ("also present were", "tham dự"): such a sentence reports the meeting, not a result. */
        attendance: phrases,
        /**
         * Words that say nothing of a section's content: speaking and analysing ("pointed out", "analysed"),
         * the meeting and its people, "the work", "causes". A cue sentence made of these and stopwords only
         * names the section ("Participants pointed out shortcomings in the work and analysed their causes").
         */
        mentionWords: phrases,
        /** Words opening a paragraph that turns from results to what is still lacking ("However, ...", "Tuy nhiên, ..."). */
        contrast: phrases,
        /** Contrast words that may also stand after a paragraph's first few words ("Le bilan n'est toutefois pas sans ombres", "The picture, however, ..."). */
        contrastInside: phrases,
      })
      .strict(),
    /** Canonical award name (English) to the phrases that name it. */
    awards: z.record(z.string(), phrases),
    awardVerbs: phrases,
    recipients: z.object({ collectives: phrases, individuals: phrases }).strict(),
    /** Number words to values ("four": 4). */
    numberWords: z.record(z.string(), z.number()),
    /** Scale words to multipliers ("million": 1e6). */
    scaleWords: z.record(z.string(), z.number()),
    numberFormat: z
      .object({
        decimal: z.enum(['.', ',']),
        /** Characters grouping thousands (a space stands for any space, NBSP included). */
        group: z.array(z.string()),
        /** Counter words written right after a count ("3곳", "5명", "2か所"), for counts after the word counted ("단체 3곳"). */
        counters: z.array(z.string()),
        /** Whether a number word before a counted noun states a figure ("four vessels"); false where number words are everyday words too (Vietnamese "năm" is five and year). */
        wordFigures: z.boolean(),
        /** Whether the language capitalizes every noun (German): a capitalized word before a number then does not make the number part of a name ("im Jahr 1.245 Patrouillen"). */
        nounsCapitalized: z.boolean(),
        /** Words after which a number word names rather than counts ("all three criteria", "tous deux", "the two provinces"). */
        wordFiguresNotAfter: z.array(z.string()),
      })
      .strict(),
    /** Unit words (folded) to canonical unit. */
    units: z.record(z.string(), z.string()),
    /**
     * Where a number is part of a name, not a quantity. `before`: the words just before it
     * ("Steering Committee 138", "Quân khu 2"; document types count too: "Chỉ thị 01").
     * `after`: what is written right after it, with no space ("138指导委员会", the ordinal "9-го").
     */
    numberNames: z.object({ before: z.array(z.string()), after: z.array(z.string()) }).strict(),
    /** Words before a number that count part of the figure before it ("1,204 cases, of which 1,102", "dont 56"): the number takes that figure's unit. */
    partitives: phrases,
    /** Phrases before a percentage or count that make the change negative ("decreased by"). */
    negativeCues: phrases,
    /** Words that may stand between a decrease cue and its number without changing what the number measures ("fell sharply 5%", "giảm bình quân 4,7%", "sank um rund 5 Prozent"). */
    degreeWords: phrases,
    periods: z
      .object({
        /** Regexes (folded text) whose group "year" is the next year ("tasks in 2024"). */
        next: phrases,
        /** Regexes whose group "years" is a review span in years ("review 5 years"). */
        multiYear: phrases,
        /** Regexes (folded text) naming the tasks of the year the article is written in ("tasks for this year", "nhiệm vụ năm nay"): the next year is the conference's. */
        thisYear: phrases,
        /** Regexes (folded text) for a sentence opening with a year ("In 2025, ...", "Năm 2025, ..."): group "year". The next year so named opens the tasks. */
        yearLead: phrases,
        /** Regexes (folded text) naming the first half of a year as what the conference reviewed ("sơ kết 6 tháng đầu năm", "premier semestre"): an interim review, not an annual one. */
        halfYear: phrases,
      })
      .strict(),
    /** Document types (canonical English) to the words that name them. */
    references: z.record(z.string(), phrases),
    /** Regexes whose group "topic" is what the conference reviewed (optional). */
    topicCues: phrases.optional(),
    /** Organisation words in titles (stop words for name detection): "Committee", "Police". */
    orgWords: phrases,
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema>;
