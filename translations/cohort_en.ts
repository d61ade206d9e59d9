<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cohort::AddConflictsCommand</name>
    <message numerus="yes">
        <source>Add %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Add %n Conflict of Interest</numerusform>
            <numerusform>Add %n Conflicts of Interest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AddContactsCommand</name>
    <message numerus="yes">
        <source>Import %n Contact(s)</source>
        <translation>
            <numerusform>Import %n Contact</numerusform>
            <numerusform>Import %n Contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::Agreement</name>
    <message numerus="yes">
        <source>α = %1 (%n score(s) in %2 application(s))</source>
        <translation>
            <numerusform>α = %1 (%n score in %2 application)</numerusform>
            <numerusform>α = %1 (%n scores in %2 applications)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AgreementPanel</name>
    <message numerus="yes">
        <source>%1 lower than co-reviewers on average (%n shared applications)</source>
        <translation>
            <numerusform>%1 lower than co-reviewers on average (%n shared application)</numerusform>
            <numerusform>%1 lower than co-reviewers on average (%n shared applications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 higher than co-reviewers on average (%n shared applications)</source>
        <translation>
            <numerusform>%1 higher than co-reviewers on average (%n shared application)</numerusform>
            <numerusform>%1 higher than co-reviewers on average (%n shared applications)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationImporter</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors. Correct them, or choose to import only the valid rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors. Correct them, or choose to import only the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read:</source>
        <translation>
            <numerusform>%n row read:</numerusform>
            <numerusform>%n rows read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) (nothing written yet):</source>
        <translation>
            <numerusform>Checked %n row (nothing written yet):</numerusform>
            <numerusform>Checked %n rows (nothing written yet):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported</source>
        <translation>
            <numerusform>%n application imported</numerusform>
            <numerusform>%n applications imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to import</source>
        <translation>
            <numerusform>%n application to import</numerusform>
            <numerusform>%n applications to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped</source>
        <translation>
            <numerusform>%n invalid row skipped</numerusform>
            <numerusform>%n invalid rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to people who applied before</source>
        <translation>
            <numerusform>%n linked to people who applied before</numerusform>
            <numerusform>%n linked to people who applied before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) flagged for review</source>
        <translation>
            <numerusform>%n likely duplicate flagged for review</numerusform>
            <numerusform>%n likely duplicates flagged for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationsPage</name>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln applications</source>
        <translation>
            <numerusform>%L1 of %Ln application</numerusform>
            <numerusform>%L1 of %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No application of the %Ln in this cycle matches the filters.</source>
        <translation>
            <numerusform>No application of the %Ln in this cycle matches the filters.</numerusform>
            <numerusform>No application of the %Ln in this cycle matches the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No application of the %Ln in this cycle matches “%1” and the filters.</source>
        <translation>
            <numerusform>No application of the %Ln in this cycle matches “%1” and the filters.</numerusform>
            <numerusform>No application of the %Ln in this cycle matches “%1” and the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln application to “%1”.</numerusform>
            <numerusform>Exported %Ln applications to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AssignReviewersDialog</name>
    <message numerus="yes">
        <source>%n existing assignments pair a reviewer with a confirmed conflict: they are kept; unassign them in the committee grid.</source>
        <translation>
            <numerusform>%n existing assignment pairs a reviewer with a confirmed conflict: it is kept; unassign it in the committee grid.</numerusform>
            <numerusform>%n existing assignments pair a reviewer with a confirmed conflict: they are kept; unassign them in the committee grid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None: every application gets %n reviewers.</source>
        <translation>
            <numerusform>None: every application gets %n reviewer.</numerusform>
            <numerusform>None: every application gets %n reviewers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n reviews (seed %1).</source>
        <translation>
            <numerusform>Assigned %n review (seed %1).</numerusform>
            <numerusform>Assigned %n reviews (seed %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AutoAssignProposal</name>
    <message numerus="yes">
        <source>Proposed %n assignment(s)</source>
        <translation>
            <numerusform>Proposed %n assignment</numerusform>
            <numerusform>Proposed %n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n application(s)</source>
        <translation>
            <numerusform>for %n application</numerusform>
            <numerusform>for %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are short of reviewers.</source>
        <translation>
            <numerusform>%n application is short of reviewers.</numerusform>
            <numerusform>%n applications are short of reviewers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing assignment(s) pair a reviewer with someone they have a conflict of interest with.</source>
        <translation>
            <numerusform>%n existing assignment pairs a reviewer with someone they have a conflict of interest with.</numerusform>
            <numerusform>%n existing assignments pair a reviewer with someone they have a conflict of interest with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AutoMatch</name>
    <message numerus="yes">
        <source>%1 of %n mentee(s) matched, mean score %2</source>
        <translation>
            <numerusform>%1 of %n mentee matched, mean score %2</numerusform>
            <numerusform>%1 of %n mentees matched, mean score %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentee(s) matched, mean score %2; %3 stay unmatched</source>
        <translation>
            <numerusform>%1 of %n mentee matched, mean score %2; %3 stay unmatched</numerusform>
            <numerusform>%1 of %n mentees matched, mean score %2; %3 stay unmatched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::Cadence</name>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>last contact %n day ago</numerusform>
            <numerusform>last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) (since %1)</source>
        <translation>
            <numerusform>No contact for %n day (since %1)</numerusform>
            <numerusform>No contact for %n days (since %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact in the %n day(s) since the match started (%1)</source>
        <translation>
            <numerusform>No contact in the %n day since the match started (%1)</numerusform>
            <numerusform>No contact in the %n days since the match started (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in %1, %2 expected</source>
        <translation>
            <numerusform>%n contact in %1, %2 expected</numerusform>
            <numerusform>%n contacts in %1, %2 expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far in %1, %2 expected by now</source>
        <translation>
            <numerusform>%n contact so far in %1, %2 expected by now</numerusform>
            <numerusform>%n contacts so far in %1, %2 expected by now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far in %1; %2</source>
        <translation>
            <numerusform>%n contact so far in %1; %2</numerusform>
            <numerusform>%n contacts so far in %1; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ChangeAssignmentsCommand</name>
    <message numerus="yes">
        <source>Assign %n Application(s)</source>
        <translation>
            <numerusform>Assign %n Application</numerusform>
            <numerusform>Assign %n Applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n Application(s)</source>
        <translation>
            <numerusform>Unassign %n Application</numerusform>
            <numerusform>Unassign %n Applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::Cli</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged: %n problem(s), the first: %2</source>
        <translation>
            <numerusform>“%1” is damaged: %n problem: %2</numerusform>
            <numerusform>“%1” is damaged: %n problems, the first: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; the import would be refused.</source>
        <translation>
            <numerusform>%n row has errors; the import would be refused.</numerusform>
            <numerusform>%n rows have errors; the import would be refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n application(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n application of %1 to %2.</numerusform>
            <numerusform>Wrote %n applications of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n score(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n score of %1 to %2.</numerusform>
            <numerusform>Wrote %n scores of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n row(s) read</source>
        <translation>
            <numerusform>%1 → %2: %n row read</numerusform>
            <numerusform>%1 → %2: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more problem(s).</source>
        <translation>
            <numerusform>  … and %n more problem.</numerusform>
            <numerusform>  … and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no score was entered.</source>
        <translation>
            <numerusform>%n problem in %1; no score was entered.</numerusform>
            <numerusform>%n problems in %1; no score was entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decision(s); %1 already so, %2 left blank.</source>
        <translation>
            <numerusform>Would record %n decision; %1 already so, %2 left blank.</numerusform>
            <numerusform>Would record %n decisions; %1 already so, %2 left blank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s); %1 already so, %2 left blank.</source>
        <translation>
            <numerusform>Recorded %n decision; %1 already so, %2 left blank.</numerusform>
            <numerusform>Recorded %n decisions; %1 already so, %2 left blank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no decision was recorded.</source>
        <translation>
            <numerusform>%n problem in %1; no decision was recorded.</numerusform>
            <numerusform>%n problems in %1; no decision was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n packet(s) of %1 to %2:</source>
        <translation>
            <numerusform>Wrote %n packet of %1 to %2:</numerusform>
            <numerusform>Wrote %n packets of %1 to %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) not merged.</source>
        <translation>
            <numerusform>%n packet not merged.</numerusform>
            <numerusform>%n packets not merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unlocked draft(s) replaced by %2 proposed</source>
        <translation>
            <numerusform>%1; %n unlocked draft replaced by %2 proposed</numerusform>
            <numerusform>%1; %n unlocked drafts replaced by %2 proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, locked or published (%n; mentor, mentee, score):</source>
        <translation>
            <numerusform>Kept, locked or published (%n; mentor, mentee, score):</numerusform>
            <numerusform>Kept, locked or published (%n; mentor, mentee, score):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed as new drafts (%n; mentor, mentee, score):</source>
        <translation>
            <numerusform>Proposed as a new draft (%n; mentor, mentee, score):</numerusform>
            <numerusform>Proposed as new drafts (%n; mentor, mentee, score):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched (%n):</source>
        <translation>
            <numerusform>Unmatched (%n):</numerusform>
            <numerusform>Unmatched (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n unlocked draft(s) removed, %1 draft(s) added.</source>
        <translation>
            <numerusform>Applied: %n unlocked draft removed, %1 draft(s) added.</numerusform>
            <numerusform>Applied: %n unlocked drafts removed, %1 draft(s) added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n match(es) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n match of %1 to %2.</numerusform>
            <numerusform>Wrote %n matches of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No deadline in the next %n day(s).</source>
        <translation>
            <numerusform>No deadline in the next %n day.</numerusform>
            <numerusform>No deadline in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming in the next %n day(s):</source>
        <translation>
            <numerusform>Upcoming in the next %n day:</numerusform>
            <numerusform>Upcoming in the next %n days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(in %n day)</numerusform>
            <numerusform>(in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n published or ended match(es)</source>
        <translation>
            <numerusform>%1, as of %2: %n published or ended match</numerusform>
            <numerusform>%1, as of %2: %n published or ended matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected: %n contact(s) a month; quiet after %1 day(s) without contact.</source>
        <translation>
            <numerusform>Expected: %n contact a month; quiet after %1 day(s) without contact.</numerusform>
            <numerusform>Expected: %n contacts a month; quiet after %1 day(s) without contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %n contact(s); %1 already there.</source>
        <translation>
            <numerusform>Would add %n contact; %1 already there.</numerusform>
            <numerusform>Would add %n contacts; %1 already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s); %1 already there.</source>
        <translation>
            <numerusform>Added %n contact; %1 already there.</numerusform>
            <numerusform>Added %n contacts; %1 already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no contact was imported.</source>
        <translation>
            <numerusform>%n problem in %1; no contact was imported.</numerusform>
            <numerusform>%n problems in %1; no contact was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter problem(s) found.</source>
        <translation>
            <numerusform>%n letter problem found.</numerusform>
            <numerusform>%n letter problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CommitteeGridModel</name>
    <message numerus="yes">
        <source>%1 of %n assigned reviews are complete</source>
        <translation>
            <numerusform>%1 of %n assigned review is complete</numerusform>
            <numerusform>%1 of %n assigned reviews are complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within or outside the target (%n places) under every method alike</source>
        <translation>
            <numerusform>Within or outside the target (%n place) under every method alike</numerusform>
            <numerusform>Within or outside the target (%n places) under every method alike</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CommitteeView</name>
    <message numerus="yes">
        <source>%1 and %2 fill the %Ln places with the same applications.</source>
        <translation>
            <numerusform>%1 and %2 fill the %Ln place with the same application.</numerusform>
            <numerusform>%1 and %2 fill the %Ln places with the same applications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 differ on %3 of the %Ln places.</source>
        <translation>
            <numerusform>%1 and %2 differ on %3 of the %Ln place.</numerusform>
            <numerusform>%1 and %2 differ on %3 of the %Ln places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the decision of %n applications.</source>
        <translation>
            <numerusform>Cleared the decision of %n application.</numerusform>
            <numerusform>Cleared the decision of %n applications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applications.</source>
        <translation>
            <numerusform>%1: %n application.</numerusform>
            <numerusform>%1: %n applications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n applications to %1.</source>
        <translation>
            <numerusform>Assigned %n application to %1.</numerusform>
            <numerusform>Assigned %n applications to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n applications off %1&apos;s list.</source>
        <translation>
            <numerusform>Took %n application off %1&apos;s list.</numerusform>
            <numerusform>Took %n applications off %1&apos;s list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had scores, which went with them (Edit › Undo brings them back).</source>
        <translation>
            <numerusform>%n of them had scores, which went with it (Edit › Undo brings them back).</numerusform>
            <numerusform>%n of them had scores, which went with them (Edit › Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::Compatibility</name>
    <message numerus="yes">
        <source>Shares none of the mentee&apos;s %n interest(s)</source>
        <translation>
            <numerusform>Does not share the mentee&apos;s %n interest</numerusform>
            <numerusform>Shares none of the mentee&apos;s %n interests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares %1 of %n interest(s): %2</source>
        <translation>
            <numerusform>Shares %1 of %n interest: %2</numerusform>
            <numerusform>Shares %1 of %n interests: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both use %1 (%2 of the mentee&apos;s %n method(s))</source>
        <translation>
            <numerusform>Both use %1 (%2 of the mentee&apos;s %n method)</numerusform>
            <numerusform>Both use %1 (%2 of the mentee&apos;s %n methods)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the mentor&apos;s application mentions none of its %n keyword(s)</source>
        <translation>
            <numerusform>“%1”: the mentor&apos;s application does not mention its %n keyword</numerusform>
            <numerusform>“%1”: the mentor&apos;s application mentions none of its %n keywords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the mentor&apos;s application mentions %2 of its %n keyword(s) (%3)</source>
        <translation>
            <numerusform>“%1”: the mentor&apos;s application mentions %2 of its %n keyword (%3)</numerusform>
            <numerusform>“%1”: the mentor&apos;s application mentions %2 of its %n keywords (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ContactImport</name>
    <message numerus="yes">
        <source>The file has %n problem(s); no contact was imported.</source>
        <translation>
            <numerusform>The file has %n problem; no contact was imported.</numerusform>
            <numerusform>The file has %n problems; no contact was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added; %1 already there</source>
        <translation>
            <numerusform>%n contact added; %1 already there</numerusform>
            <numerusform>%n contacts added; %1 already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added from %1; %2 already there</source>
        <translation>
            <numerusform>%n contact added from %1; %2 already there</numerusform>
            <numerusform>%n contacts added from %1; %2 already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CycleActions</name>
    <message numerus="yes">
        <source>Created %1 with %n phase(s).</source>
        <translation>
            <numerusform>Created %1 with %n phase.</numerusform>
            <numerusform>Created %1 with %n phases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::DashboardPage</name>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>%n published</numerusform>
            <numerusform>%n published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — in %n days</source>
        <translation>
            <numerusform>%1 — in %n day</numerusform>
            <numerusform>%1 — in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiet</source>
        <translation>
            <numerusform>%n quiet</numerusform>
            <numerusform>%n quiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below cadence</source>
        <translation>
            <numerusform>%n below cadence</numerusform>
            <numerusform>%n below cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal sheet(s) overdue</source>
        <translation>
            <numerusform>%n goal sheet overdue</numerusform>
            <numerusform>%n goal sheets overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::EditCriterionCommand</name>
    <message numerus="yes">
        <source>%n score(s) of “%1” lie outside %2–%3; change them first.</source>
        <translation>
            <numerusform>%n score of “%1” lies outside %2–%3; change it first.</numerusform>
            <numerusform>%n scores of “%1” lie outside %2–%3; change them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of “%1” are marked N/A; score them before turning N/A off.</source>
        <translation>
            <numerusform>%n cell of “%1” is marked N/A; score it before turning N/A off.</numerusform>
            <numerusform>%n cells of “%1” are marked N/A; score them before turning N/A off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::EligibilityRulesDialog</name>
    <message numerus="yes">
        <source>%Ln eligible</source>
        <translation>
            <numerusform>%Ln eligible</numerusform>
            <numerusform>%Ln eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to eligible</source>
        <translation>
            <numerusform>%Ln to eligible</numerusform>
            <numerusform>%Ln to eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not eligible</source>
        <translation>
            <numerusform>%Ln not eligible</numerusform>
            <numerusform>%Ln not eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to not eligible</source>
        <translation>
            <numerusform>%Ln to not eligible</numerusform>
            <numerusform>%Ln to not eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rules: %L1 of %Ln mentor applications meet them.</source>
        <translation>
            <numerusform>Saved rules: %L1 of %Ln mentor application meets them.</numerusform>
            <numerusform>Saved rules: %L1 of %Ln mentor applications meet them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rules: %L1 of %Ln mentee applications meet them.</source>
        <translation>
            <numerusform>Saved rules: %L1 of %Ln mentee application meets them.</numerusform>
            <numerusform>Saved rules: %L1 of %Ln mentee applications meet them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor applications would change verdict: %1.</source>
        <translation>
            <numerusform>%Ln mentor application would change verdict: %1.</numerusform>
            <numerusform>%Ln mentor applications would change verdict: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee applications would change verdict: %1.</source>
        <translation>
            <numerusform>%Ln mentee application would change verdict: %1.</numerusform>
            <numerusform>%Ln mentee applications would change verdict: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet checked would get a first verdict: %1.</source>
        <translation>
            <numerusform>%Ln not yet checked would get a first verdict: %1.</numerusform>
            <numerusform>%Ln not yet checked would get a first verdict: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n Application(s)</source>
        <translation>
            <numerusform>Import %n Application</numerusform>
            <numerusform>Import %n Applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Application(s) from “%1”</source>
        <translation>
            <numerusform>Import %n Application from “%1”</numerusform>
            <numerusform>Import %n Applications from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be undone: %n imported application(s) were changed since. Undo those changes first.</source>
        <translation>
            <numerusform>The import cannot be undone: %n imported application was changed since. Undo those changes first.</numerusform>
            <numerusform>The import cannot be undone: %n imported applications were changed since. Undo those changes first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportCheckPage</name>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported. Choose Import to add them.</source>
        <translation>
            <numerusform>%n row can be imported. Choose Import to add it.</numerusform>
            <numerusform>All %n rows can be imported. Choose Import to add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have errors (listed below). Correct them in the file and import it again, or import the valid rows and skip the rest.</source>
        <translation>
            <numerusform>%n row has errors (listed below). Correct them in the file and import it again, or import the valid rows and skip the rest.</numerusform>
            <numerusform>%n rows have errors (listed below). Correct them in the file and import it again, or import the valid rows and skip the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid rows will be imported.</source>
        <translation>
            <numerusform>%n valid row will be imported.</numerusform>
            <numerusform>%n valid rows will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors will be skipped, and the import&apos;s report will say so.</source>
        <translation>
            <numerusform>%n row with errors will be skipped, and the import&apos;s report will say so.</numerusform>
            <numerusform>%n rows with errors will be skipped, and the import&apos;s report will say so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportColumnsPage</name>
    <message numerus="yes">
        <source>%n columns will be imported.</source>
        <translation>
            <numerusform>%n column will be imported.</numerusform>
            <numerusform>%n columns will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Using the saved mapping “%1”. This file has no column “%2”; check the fields below.</source>
        <translation>
            <numerusform>Using the saved mapping “%1”. This file has no column “%2”; check the fields below.</numerusform>
            <numerusform>Using the saved mapping “%1”. This file has no columns “%2”; check the fields below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportFormatPage</name>
    <message numerus="yes">
        <source>&amp;Preview (the first %n rows):</source>
        <translation>
            <numerusform>&amp;Preview (the first %n row):</numerusform>
            <numerusform>&amp;Preview (the first %n rows):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportRunPage</name>
    <message numerus="yes">
        <source>Importing %n applications into %1. Cancel leaves the program exactly as it was.</source>
        <translation>
            <numerusform>Importing %n application into %1. Cancel leaves the program exactly as it was.</numerusform>
            <numerusform>Importing %n applications into %1. Cancel leaves the program exactly as it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::IssueLettersDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln checked</source>
        <translation type="vanished">
            <numerusform>%1 of %Ln checked</numerusform>
            <numerusform>%1 of %Ln checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::LetterIssue</name>
    <message numerus="yes">
        <source>No letter was written: %n letter(s) cannot be issued.
</source>
        <translation>
            <numerusform>No letter was written: %n letter cannot be issued.
</numerusform>
            <numerusform>No letter was written: %n letters cannot be issued.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be rendered:
</source>
        <translation>
            <numerusform>%n letter cannot be rendered:
</numerusform>
            <numerusform>%n letters cannot be rendered:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n letter written to %1.</numerusform>
            <numerusform>%n letters written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already have this letter as it stands and were skipped (check “Issue again” to write theirs too).</source>
        <translation>
            <numerusform>%n person already has this letter as it stands and was skipped (check “Issue again” to write theirs too).</numerusform>
            <numerusform>%n people already have this letter as it stands and were skipped (check “Issue again” to write theirs too).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued.</source>
        <translation>
            <numerusform>%n letter issued.</numerusform>
            <numerusform>%n letters issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One letter at a time: this issues the “%1” letters; %n other selected row(s) wait for theirs.</source>
        <translation>
            <numerusform>One letter at a time: this issues the “%1” letters; %n other selected row waits for theirs.</numerusform>
            <numerusform>One letter at a time: this issues the “%1” letters; %n other selected rows wait for theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MainWindow</name>
    <message numerus="yes">
        <source>%Ln to score</source>
        <translation>
            <numerusform>%Ln to score</numerusform>
            <numerusform>%Ln to score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews of this cycle are not submitted yet</source>
        <translation>
            <numerusform>%Ln review of this cycle is not submitted yet</numerusform>
            <numerusform>%Ln reviews of this cycle are not submitted yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications into %1.</source>
        <translation>
            <numerusform>Imported %n application into %1.</numerusform>
            <numerusform>Imported %n applications into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to match</source>
        <translation>
            <numerusform>%Ln to match</numerusform>
            <numerusform>%Ln to match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted mentees of this cycle are not matched yet</source>
        <translation>
            <numerusform>%Ln accepted mentee of this cycle is not matched yet</numerusform>
            <numerusform>%Ln accepted mentees of this cycle are not matched yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln published matches of this cycle are quiet or below the contact cadence</source>
        <translation>
            <numerusform>%Ln published match of this cycle is quiet or below the contact cadence</numerusform>
            <numerusform>%Ln published matches of this cycle are quiet or below the contact cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln to send</numerusform>
            <numerusform>%Ln to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters of this cycle are still to send</source>
        <translation>
            <numerusform>%Ln letter of this cycle is still to send</numerusform>
            <numerusform>%Ln letters of this cycle are still to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchChangesCommand</name>
    <message numerus="yes">
        <source>Lock %n Match(es)</source>
        <translation>
            <numerusform>Lock %n Match</numerusform>
            <numerusform>Lock %n Matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n Match(es)</source>
        <translation>
            <numerusform>Unlock %n Match</numerusform>
            <numerusform>Unlock %n Matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n Match(es)</source>
        <translation>
            <numerusform>Publish %n Match</numerusform>
            <numerusform>Publish %n Matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-Match %n Mentee(s)</source>
        <translation>
            <numerusform>Auto-Match %n Mentee</numerusform>
            <numerusform>Auto-Match %n Mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchDetailPanel</name>
    <message numerus="yes">
        <source>Goal sheet submitted on %1 with %n goal(s).</source>
        <translation>
            <numerusform>Goal sheet submitted on %1 with %n goal.</numerusform>
            <numerusform>Goal sheet submitted on %1 with %n goals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchingPage</name>
    <message numerus="yes">
        <source>%n draft(s) not published</source>
        <translation>
            <numerusform>%n draft not published</numerusform>
            <numerusform>%n drafts not published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n draft match(es) of %1 as of %2?</source>
        <translation>
            <numerusform>Publish %n draft match of %1 as of %2?</numerusform>
            <numerusform>Publish %n draft matches of %1 as of %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n match(es).</source>
        <translation>
            <numerusform>Published %n match.</numerusform>
            <numerusform>Published %n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n match(es) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n match of %1 to %2.</numerusform>
            <numerusform>Exported %n matches of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchingStore</name>
    <message numerus="yes">
        <source>%1 has %n logged contact(s); end the match instead of removing it.</source>
        <translation>
            <numerusform>%1 has %n logged contact; end the match instead of removing it.</numerusform>
            <numerusform>%1 has %n logged contacts; end the match instead of removing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MentorBoardModel</name>
    <message numerus="yes">
        <source>Room for %n more</source>
        <translation>
            <numerusform>Room for %n more</numerusform>
            <numerusform>Room for %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::PacketConflictDialog</name>
    <message numerus="yes">
        <source>%n score(s) or comment(s) changed both in the packet and in the program since the packet was made. Choose which value to keep for each; the rest of the packet is merged as it is.</source>
        <translation>
            <numerusform>%n score or comment changed both in the packet and in the program since the packet was made. Choose which value to keep; the rest of the packet is merged as it is.</numerusform>
            <numerusform>%n scores or comments changed both in the packet and in the program since the packet was made. Choose which value to keep for each; the rest of the packet is merged as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::PacketMerge</name>
    <message numerus="yes">
        <source>%1 is no longer assigned to %2; its %n change(s) are not applied.</source>
        <translation>
            <numerusform>%1 is no longer assigned to %2; its %n change is not applied.</numerusform>
            <numerusform>%1 is no longer assigned to %2; its %n changes are not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s scores of %2 were submitted in the program after the packet was made; reopen them to merge its %n change(s).</source>
        <translation>
            <numerusform>%1&apos;s scores of %2 were submitted in the program after the packet was made; reopen them to merge its %n change.</numerusform>
            <numerusform>%1&apos;s scores of %2 were submitted in the program after the packet was made; reopen them to merge its %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::PairPanel</name>
    <message numerus="yes">
        <source>The %n best mentors with room:</source>
        <translation>
            <numerusform>The %n mentor with room:</numerusform>
            <numerusform>The %n best mentors with room:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) in children&apos;s services</source>
        <translation>
            <numerusform>%n year in children&apos;s services</numerusform>
            <numerusform>%n years in children&apos;s services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::RemoveConflictsCommand</name>
    <message numerus="yes">
        <source>Remove %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Remove %n Conflict of Interest</numerusform>
            <numerusform>Remove %n Conflicts of Interest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::RemoveCriterionCommand</name>
    <message numerus="yes">
        <source>“%1” cannot be removed: %n cell(s) are scored. Clear them first.</source>
        <translation>
            <numerusform>“%1” cannot be removed: %n cell is scored. Clear it first.</numerusform>
            <numerusform>“%1” cannot be removed: %n cells are scored. Clear them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::RemoveReviewerCommand</name>
    <message numerus="yes">
        <source>%1 has %n assignment(s) and cannot be removed; make them inactive instead.</source>
        <translation>
            <numerusform>%1 has %n assignment and cannot be removed; make them inactive instead.</numerusform>
            <numerusform>%1 has %n assignments and cannot be removed; make them inactive instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the liaison of %n match(es) and cannot be removed; make them inactive instead.</source>
        <translation>
            <numerusform>%1 is the liaison of %n match and cannot be removed; make them inactive instead.</numerusform>
            <numerusform>%1 is the liaison of %n matches and cannot be removed; make them inactive instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewCharts</name>
    <message numerus="yes">
        <source>Raw mean against %1 (%Ln applications)</source>
        <translation>
            <numerusform>Raw mean against %1 (%Ln application)</numerusform>
            <numerusform>Raw mean against %1 (%Ln applications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scores of %Ln applications</source>
        <translation>
            <numerusform>%1 scores of %Ln application</numerusform>
            <numerusform>%1 scores of %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acceptance line: %Ln places</source>
        <translation>
            <numerusform>Acceptance line: %Ln place</numerusform>
            <numerusform>Acceptance line: %Ln places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewFileActions</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scores of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n score of %1 to %2.</numerusform>
            <numerusform>Exported %n scores of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no score was entered.</source>
        <translation>
            <numerusform>%1 has %n problem; no score was entered.</numerusform>
            <numerusform>%1 has %n problems; no score was entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no decision was recorded.</source>
        <translation>
            <numerusform>%1 has %n problem; no decision was recorded.</numerusform>
            <numerusform>%1 has %n problems; no decision was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n decision(s) from %1 into %2: %3 accepted, %4 waitlisted, %5 declined?</source>
        <translation>
            <numerusform>Record %n decision from %1 into %2: %3 accepted, %4 waitlisted, %5 declined?</numerusform>
            <numerusform>Record %n decisions from %1 into %2: %3 accepted, %4 waitlisted, %5 declined?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s) from %1.</source>
        <translation>
            <numerusform>Recorded %n decision from %1.</numerusform>
            <numerusform>Recorded %n decisions from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n application(s) — %2</source>
        <translation>
            <numerusform>• %1: %n application — %2</numerusform>
            <numerusform>• %1: %n applications — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n packet(s) to %1:</source>
        <translation>
            <numerusform>Wrote %n packet to %1:</numerusform>
            <numerusform>Wrote %n packets to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review packet(s).</source>
        <translation>
            <numerusform>Exported %n review packet.</numerusform>
            <numerusform>Exported %n review packets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Review Packet(s)</source>
        <translation>
            <numerusform>Merge %n Review Packet</numerusform>
            <numerusform>Merge %n Review Packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n packet(s) as one step (Edit › Undo takes it back).</source>
        <translation>
            <numerusform>Merged %n packet as one step (Edit › Undo takes it back).</numerusform>
            <numerusform>Merged %n packets as one step (Edit › Undo takes it back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n application)</numerusform>
            <numerusform>%1 (%n applications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n review packet(s)…</source>
        <translation>
            <numerusform>Checking %n review packet…</numerusform>
            <numerusform>Checking %n review packets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %n review packet(s)…</source>
        <translation>
            <numerusform>Merging %n review packet…</numerusform>
            <numerusform>Merging %n review packets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewPage</name>
    <message numerus="yes">
        <source>%1 (%n to review)</source>
        <translation>
            <numerusform>%1 (%n to review)</numerusform>
            <numerusform>%1 (%n to review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit your scores for %n applications? Submitted scores can only be changed when the chair reopens them, and you will see the other reviewers&apos; scores for them.</source>
        <translation>
            <numerusform>Submit your scores for %n application? Submitted scores can only be changed when the chair reopens them, and you will see the other reviewers&apos; scores for it.</numerusform>
            <numerusform>Submit your scores for %n applications? Submitted scores can only be changed when the chair reopens them, and you will see the other reviewers&apos; scores for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications are not fully scored yet; they stay open.</source>
        <translation>
            <numerusform>%n application is not fully scored yet; it stays open.</numerusform>
            <numerusform>%n applications are not fully scored yet; they stay open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted your scores for %n applications.</source>
        <translation>
            <numerusform>Submitted your scores for %n application.</numerusform>
            <numerusform>Submitted your scores for %n applications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %1&apos;s submitted scores for %n application(s) so that they can be changed?</source>
        <translation>
            <numerusform>Reopen %1&apos;s submitted scores for %n application so that they can be changed?</numerusform>
            <numerusform>Reopen %1&apos;s submitted scores for %n applications so that they can be changed?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %1&apos;s scores for %n application(s).</source>
        <translation>
            <numerusform>Reopened %1&apos;s scores for %n application.</numerusform>
            <numerusform>Reopened %1&apos;s scores for %n applications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewStatistics</name>
    <message numerus="yes">
        <source>%n separate group(s) of applications share no reviewer (%1 applications); calibrated scores compare only within a group.</source>
        <translation>
            <numerusform>%n separate group of applications shares no reviewer (%1 applications); calibrated scores compare only within a group.</numerusform>
            <numerusform>%n separate groups of applications share no reviewer (%1 applications); calibrated scores compare only within a group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewerAssignment</name>
    <message numerus="yes">
        <source>%n reviewer(s) short: every reviewer is already assigned to it</source>
        <translation>
            <numerusform>%n reviewer short: every reviewer is already assigned to it</numerusform>
            <numerusform>%n reviewers short: every reviewer is already assigned to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: all remaining reviewers have a conflict of interest</source>
        <translation>
            <numerusform>%n reviewer short: all remaining reviewers have a conflict of interest</numerusform>
            <numerusform>%n reviewers short: all remaining reviewers have a conflict of interest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: all remaining reviewers are at capacity</source>
        <translation>
            <numerusform>%n reviewer short: all remaining reviewers are at capacity</numerusform>
            <numerusform>%n reviewers short: all remaining reviewers are at capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: the remaining reviewers have a conflict of interest (%1) or are at capacity (%2)</source>
        <translation>
            <numerusform>%n reviewer short: the remaining reviewers have a conflict of interest (%1) or are at capacity (%2)</numerusform>
            <numerusform>%n reviewers short: the remaining reviewers have a conflict of interest (%1) or are at capacity (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewersDialog</name>
    <message numerus="yes">
        <source>Suggested %n conflicts of interest. Select a reviewer to see theirs, then confirm or dismiss each.</source>
        <translation>
            <numerusform>Suggested %n conflict of interest. Select a reviewer to see theirs, then confirm or dismiss each.</numerusform>
            <numerusform>Suggested %n conflicts of interest. Select a reviewer to see theirs, then confirm or dismiss each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ScoreGridModel</name>
    <message numerus="yes">
        <source>(and %n more problems; nothing was stored)</source>
        <translation>
            <numerusform>(and %n more problem; nothing was stored)</numerusform>
            <numerusform>(and %n more problems; nothing was stored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ScoringView</name>
    <message numerus="yes">
        <source>%1 of %Ln scored</source>
        <translation>
            <numerusform>%1 of %Ln scored</numerusform>
            <numerusform>%1 of %Ln scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submitted</source>
        <translation>
            <numerusform>%Ln submitted</numerusform>
            <numerusform>%Ln submitted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::SetConflictStatusCommand</name>
    <message numerus="yes">
        <source>Confirm %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Confirm %n Conflict of Interest</numerusform>
            <numerusform>Confirm %n Conflicts of Interest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Dismiss %n Conflict of Interest</numerusform>
            <numerusform>Dismiss %n Conflicts of Interest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Change %n Conflict of Interest</numerusform>
            <numerusform>Change %n Conflicts of Interest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::SetDecisionsCommand</name>
    <message numerus="yes">
        <source>Decide %n Application(s)</source>
        <translation>
            <numerusform>Decide %n Application</numerusform>
            <numerusform>Decide %n Applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::SetScoresCommand</name>
    <message numerus="yes">
        <source>Enter %n Score(s)</source>
        <translation>
            <numerusform>Enter %n Score</numerusform>
            <numerusform>Enter %n Scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::SubmitAssignmentsCommand</name>
    <message numerus="yes">
        <source>Submit %n Review(s)</source>
        <translation>
            <numerusform>Submit %n Review</numerusform>
            <numerusform>Submit %n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubmit %n Review(s)</source>
        <translation>
            <numerusform>Unsubmit %n Review</numerusform>
            <numerusform>Unsubmit %n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are not fully scored yet: %1.</source>
        <translation>
            <numerusform>%n application is not fully scored yet: %1.</numerusform>
            <numerusform>%n applications are not fully scored yet: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::TimelinePage</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no contact was added.</source>
        <translation>
            <numerusform>%1 has %n problem; no contact was added.</numerusform>
            <numerusform>%1 has %n problems; no contact was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to add: the %n contact(s) in %1 are logged already.</source>
        <translation>
            <numerusform>Nothing to add: the %n contact in %1 is logged already.</numerusform>
            <numerusform>Nothing to add: the %n contacts in %1 are logged already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) from %1 to %2?</source>
        <translation>
            <numerusform>Add %n contact from %1 to %2?</numerusform>
            <numerusform>Add %n contacts from %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are logged already and stay as they are.</source>
        <translation>
            <numerusform>%n row is logged already and stays as it is.</numerusform>
            <numerusform>%n rows are logged already and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) from %1.</source>
        <translation>
            <numerusform>Added %n contact from %1.</numerusform>
            <numerusform>Added %n contacts from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::TimelineStore</name>
    <message numerus="yes">
        <source>%1 has %n application(s); a cycle with applications cannot be removed.</source>
        <translation>
            <numerusform>%1 has %n application; a cycle with applications cannot be removed.</numerusform>
            <numerusform>%1 has %n applications; a cycle with applications cannot be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n rubric criteria; remove them first.</source>
        <translation>
            <numerusform>%1 has %n rubric criterion; remove it first.</numerusform>
            <numerusform>%1 has %n rubric criteria; remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n goal(s); remove them first.</source>
        <translation>
            <numerusform>%1 has %n goal; remove it first.</numerusform>
            <numerusform>%1 has %n goals; remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The goal sheet of %1 has %n goal(s) already, as many as a sheet may hold.</source>
        <translation>
            <numerusform>The goal sheet of %1 has %n goal already, as many as a sheet may hold.</numerusform>
            <numerusform>The goal sheet of %1 has %n goals already, as many as a sheet may hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::matching::SlotAssignment</name>
    <message numerus="yes">
        <source>Unmatched: the %n suitable mentor(s) are all full</source>
        <translation>
            <numerusform>Unmatched: the one suitable mentor is full</numerusform>
            <numerusform>Unmatched: the %n suitable mentors are all full</numerusform>
        </translation>
    </message>
</context>
</TS>
