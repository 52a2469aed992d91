/**
 * Small stories written for the tests (no data set text): a wire story, outlet versions of it
 * with known edits, a second story, and unrelated articles that share an outlet's footer and a
 * standard paragraph.
 */
export const WIRE = `City council approves flood defence plan

(AP) — The city council approved a flood defence plan on Monday after a long debate about its cost. The plan will raise the river walls along the old harbour and build two new pumping stations.

“We will act before the winter rains arrive,” said Mayor Jane Doe. She said the first contracts would be signed in March.

Opponents argued that the money should go to schools and roads instead. Council member Tom Reyes said the plan had been rushed through without enough public consultation.

The project is expected to take four years to complete. Engineers will publish a detailed timetable next month.
`;

/** Cuts the last paragraph silently, changes one word silently, adds a bracketed note. */
export const VERSION_A = `City council approves flood defence plan

The city council approved a costly flood defence plan on Monday after a long debate about its cost. The plan will raise the river walls along the old harbour [NOTE: the harbour flooded twice last year] and build two new pumping stations.

"We will act before the winter rains arrive," said Mayor Jane Doe. She said the first contracts would be signed in March.

Opponents argued that the money should go to schools and roads instead. Council member Tom Reyes said the plan had been rushed through without enough public consultation.

Sign up for the Riverside Post newsletter to get the day's top stories delivered every morning.
`;

/** A cut marked by an ellipsis, an added background paragraph, curly quotes changed to straight ones, a new headline. */
export const VERSION_B = `Flood plan passes after long debate

The city council approved a flood defence plan on Monday after a long debate about its cost. …

"We will act before the winter rains arrive," said Mayor Jane Doe. She said the first contracts would be signed in March.

Similar plans have been discussed for a decade. None of them was ever funded in full.

Opponents argued that the money should go to schools and roads instead. Council member Tom Reyes said the plan had been rushed through without enough public consultation.

The project is expected to take four years to complete. Engineers will publish a detailed timetable next month.
`;

export const OTHER_STORY = `Library extends opening hours for students

The central library will stay open until midnight during the exam season, the city's culture office said on Tuesday. The change follows a petition signed by more than three thousand students.

Librarians will staff the reading rooms in extra shifts. The culture office said the cost would be covered by an existing budget for youth services.

Student groups welcomed the decision. "Quiet space is the one thing we cannot find at home," said Ana Lima, who organised the petition.

The longer hours will be reviewed at the end of June.
`;

/** The same footer and standard paragraph under two unrelated articles. */
export const STANDARD =
  'This story is part of our daily coverage of the city. Our reporters follow events as they happen. Readers can send tips and corrections to the newsroom at any time.';
export const FOOTER =
  "Sign up for the Riverside Post newsletter to get the day's top stories delivered every morning.";

export const UNRELATED_1 = `Bakery wins regional bread prize

A family bakery in the north of the city has won the regional prize for its rye bread. The judges praised its crust and its long fermentation.

${STANDARD}

${FOOTER}
`;

export const UNRELATED_2 = `Bus route changes from next week

Two bus routes will change from next week while the main bridge is repaired. Buses will use the ring road instead, adding about ten minutes to each trip.

${STANDARD}

${FOOTER}
`;
