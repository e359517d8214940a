<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Referral Studio</source>
        <translation>Om Referral Studio</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ingen öppen</translation>
    </message>
    <message>
        <source>Design, teach and test referral offers offline.</source>
        <translation>Utforma, lär ut och testa hänvisningserbjudanden offline.</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Lagringsfil: {path}</translation>
    </message>
    <message>
        <source>Referral Studio is free software under the {licence} licence. It ships with:</source>
        <translation>Referral Studio är fri programvara under licensen {licence}. Programmet levereras med:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Utgåva</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Marketing Activities</source>
        <translation>Marknadsföringsaktiviteter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>ActivitiesSearch</name>
    <message>
        <source>Search offers and programs…</source>
        <translation>Sök erbjudanden och program…</translation>
    </message>
    <message>
        <source>Search Marketing Activities</source>
        <translation>Sök i Marknadsföringsaktiviteter</translation>
    </message>
    <message>
        <source>Show only the offers and programs whose names hold this text</source>
        <translation>Visa bara erbjudanden och program vars namn innehåller den här texten</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong that should not have ({problem}). Your saved drafts are safe; please report this with the text printed in the terminal.</source>
        <translation>Något gick fel som inte borde ha hänt ({problem}). Dina sparade utkast är i säkerhet; rapportera gärna felet med texten som skrevs ut i terminalen.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Cannot approve yet</source>
        <translation>Kan inte godkännas än</translation>
    </message>
    <message>
        <source>Fix these first:

{problems}</source>
        <translation>Åtgärda detta först:

{problems}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Inte godkänt</translation>
    </message>
</context>
<context>
    <name>CompareGoalsDialog</name>
    <message>
        <source>Goals to Compare</source>
        <translation>Mål att jämföra</translation>
    </message>
    <message>
        <source>Compare Goal Types replays the same traffic under each goal. Choose how many credits each needs and what it counts; each series is labelled with it.</source>
        <translation>Jämför måltyper spelar upp samma trafik under varje mål. Välj hur många krediter vart och ett kräver och vad det räknar; varje serie märks med det.</translation>
    </message>
    <message>
        <source>Credits a referrer needs to be fulfilled under this goal</source>
        <translation>Krediter en referent behöver för att uppfylla det här målet</translation>
    </message>
    <message>
        <source>Goal count:</source>
        <translation>Antal för målet:</translation>
    </message>
    <message>
        <source>Count repeat visits</source>
        <translation>Räkna upprepade besök</translation>
    </message>
    <message>
        <source>Each visit of a friend counts, not only their first through a referrer</source>
        <translation>Varje besök av en vän räknas, inte bara det första via en referent</translation>
    </message>
    <message>
        <source>The activity that earns a credit; synthetic traffic holds those listed</source>
        <translation>Aktiviteten som ger en kredit; syntetisk trafik innehåller de listade</translation>
    </message>
    <message>
        <source>once</source>
        <translation>en gång</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>varje gång</translation>
    </message>
    <message>
        <source>Trigger activity:</source>
        <translation>Utlösande aktivitet:</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Kvalificering:</translation>
    </message>
    <message>
        <source>The JavaScript event&apos;s exact name (case matters)</source>
        <translation>JavaScript-händelsens exakta namn (skiftläget spelar roll)</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Händelsenamn:</translation>
    </message>
</context>
<context>
    <name>ComparedGoals</name>
    <message>
        <source>(every time)</source>
        <translation>(varje gång)</translation>
    </message>
    <message>
        <source>(repeat visits count)</source>
        <translation>(upprepade besök räknas)</translation>
    </message>
</context>
<context>
    <name>CreditsHistogram</name>
    <message>
        <source>Credits per referrer</source>
        <translation>Krediter per referent</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referenter</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Run a simulation to see how many referrers earned how many credits.</source>
        <translation>Kör en simulering för att se hur många referenter som fick hur många krediter.</translation>
    </message>
    <message numerus="yes">
        <source>Credits (goal: %Ln credits; green: fulfilled)</source>
        <translation>
            <numerusform>Krediter (mål: %Ln kredit; grönt: uppfyllda)</numerusform>
            <numerusform>Krediter (mål: %Ln krediter; grönt: uppfyllda)</numerusform>
        </translation>
    </message>
    <message>
        <source>last bar: {count} credits or more</source>
        <translation>sista stapeln: {count} krediter eller fler</translation>
    </message>
    <message>
        <source>No referrer earned a credit in this run.</source>
        <translation>Ingen referent fick någon kredit i den här körningen.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Marketo examples</source>
        <translation>Marketo-exempel</translation>
    </message>
    <message>
        <source>Welcome to the referral program</source>
        <translation>Välkommen till hänvisningsprogrammet</translation>
    </message>
    <message>
        <source>You earned your reward</source>
        <translation>Du har fått din belöning</translation>
    </message>
    <message>
        <source>10 referred visits</source>
        <translation>10 refererade besök</translation>
    </message>
    <message>
        <source>5 referred sign-ups</source>
        <translation>5 refererade registreringar</translation>
    </message>
    <message>
        <source>1 referred opportunity created</source>
        <translation>1 refererad affärsmöjlighet skapad</translation>
    </message>
    <message>
        <source>2 referred e-commerce purchases</source>
        <translation>2 refererade e-handelsköp</translation>
    </message>
    <message>
        <source>5 referred webinar attendees</source>
        <translation>5 refererade webbinariedeltagare</translation>
    </message>
    <message>
        <source>3 referred CTA clicks (custom JavaScript event)</source>
        <translation>3 refererade CTA-klick (anpassad JavaScript-händelse)</translation>
    </message>
</context>
<context>
    <name>EventInspector</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Person ← referrer</source>
        <translation>Person ← referent</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this credit&lt;/b&gt; — pick a referrer in the leaderboard</source>
        <translation>&lt;b&gt;Varför denna kredit&lt;/b&gt; — välj en referent i topplistan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this credit: {referrer}&lt;/b&gt; — {events}, {credits}</source>
        <translation>&lt;b&gt;Varför denna kredit: {referrer}&lt;/b&gt; — {events}, {credits}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credits</source>
        <translation>
            <numerusform>%Ln kredit</numerusform>
            <numerusform>%Ln krediter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>share</source>
        <translation>delning</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>besök</translation>
    </message>
    <message>
        <source>signup</source>
        <translation>registrering</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>js_event</source>
        <translation>JS-händelse</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>an ISO 8601 time such as 2027-03-01T09:30:00Z (years 1678 to 2261)</source>
        <translation>en ISO 8601-tid som 2027-03-01T09:30:00Z (åren 1678 till 2261)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: filen finns inte</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a folder or a pipe); save the event log to a file first</source>
        <translation>{path}: ingen vanlig fil (en mapp eller ett rör); spara händelseloggen i en fil först</translation>
    </message>
    <message>
        <source>{path}: line 1: the file is empty; an event log starts with a header row naming time, kind and person</source>
        <translation>{path}: rad 1: filen är tom; en händelselogg börjar med en rubrikrad som namnger time, kind och person</translation>
    </message>
    <message>
        <source>{path}: line 1: the header is not UTF-8 text</source>
        <translation>{path}: rad 1: rubrikraden är inte UTF-8-text</translation>
    </message>
    <message>
        <source>{path}: line {line}: a quoted field starts here and is never closed (a stray &quot; character?)</source>
        <translation>{path}: rad {line}: ett citerat fält börjar här och avslutas aldrig (ett vilsekommet &quot;-tecken?)</translation>
    </message>
    <message>
        <source>{path}: line 1: the header row cannot be read as CSV ({error})</source>
        <translation>{path}: rad 1: rubrikraden kan inte läsas som CSV ({error})</translation>
    </message>
    <message>
        <source>line 1 (header)</source>
        <translation>rad 1 (rubrikrad)</translation>
    </message>
    <message>
        <source>{path}: line 1 (header): the column {column} appears {count} times; name each column once</source>
        <translation>{path}: rad 1 (rubrikrad): kolumnen {column} förekommer {count} gånger; namnge varje kolumn en gång</translation>
    </message>
    <message>
        <source>{path}: {where}: no {column} column; an event log needs time, kind and person (referrer and name are optional, other columns are ignored)</source>
        <translation>{path}: {where}: ingen kolumn {column}; en händelselogg behöver time, kind och person (referrer och name är valfria, andra kolumner ignoreras)</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>{path}: schema: the column {column} appears more than once</source>
        <translation>{path}: schema: kolumnen {column} förekommer mer än en gång</translation>
    </message>
    <message>
        <source>{path}: not a readable Parquet file ({error})</source>
        <translation>{path}: ingen läsbar Parquet-fil ({error})</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>rad {number}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>rad {number} i tabellen</translation>
    </message>
    <message>
        <source>{path}: line {line}: not UTF-8 text (byte {byte} of the line); save the log as UTF-8</source>
        <translation>{path}: rad {line}: inte UTF-8-text (byte {byte} på raden); spara loggen som UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>{path}: line {line}: %Ln fields where the header has {header}</source>
        <translation>
            <numerusform>{path}: rad {line}: %Ln fält där rubrikraden har {header}</numerusform>
            <numerusform>{path}: rad {line}: %Ln fält där rubrikraden har {header}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {where}: field &apos;person&apos; is empty; every event names who acted</source>
        <translation>{path}: {where}: fältet &apos;person&apos; är tomt; varje händelse namnger vem som agerade</translation>
    </message>
    <message>
        <source>{path}: {where}: field &apos;time&apos; is empty; it must be {example}</source>
        <translation>{path}: {where}: fältet &apos;time&apos; är tomt; det måste vara {example}</translation>
    </message>
    <message>
        <source>{path}: {where}: field &apos;kind&apos; is {value}; allowed: {kinds} (lower case, exact)</source>
        <translation>{path}: {where}: fältet &apos;kind&apos; är {value}; tillåtet: {kinds} (gemener, exakt)</translation>
    </message>
    <message>
        <source>{path}: {where}: field &apos;time&apos; is {value}; it must be {example}</source>
        <translation>{path}: {where}: fältet &apos;time&apos; är {value}; det måste vara {example}</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>never (the hold ends after 2262)</source>
        <translation>aldrig (karensen slutar efter 2262)</translation>
    </message>
    <message>
        <source>credit to {referrer}</source>
        <translation>kredit till {referrer}</translation>
    </message>
    <message>
        <source>credit {number} to {referrer}</source>
        <translation>kredit {number} till {referrer}</translation>
    </message>
    <message>
        <source>(attributed by first touch)</source>
        <translation>(tillskriven genom första kontakt)</translation>
    </message>
    <message>
        <source>(attributed by last touch)</source>
        <translation>(tillskriven genom senaste kontakt)</translation>
    </message>
    <message>
        <source>; fulfillment {number}</source>
        <translation>; uppfyllande {number}</translation>
    </message>
    <message>
        <source>, promo code {code}</source>
        <translation>, kampanjkod {code}</translation>
    </message>
    <message>
        <source>, no promo code left</source>
        <translation>, ingen kampanjkod kvar</translation>
    </message>
    <message>
        <source>touch: {person} came through {referrer}&apos;s link; a later goal event of {person} can credit {referrer}</source>
        <translation>kontakt: {person} kom via länken från {referrer}; en senare målhändelse av {person} kan ge {referrer} kredit</translation>
    </message>
    <message>
        <source>no credit: &apos;{name}&apos; does not match the goal&apos;s event name</source>
        <translation>ingen kredit: &apos;{name}&apos; matchar inte målets händelsenamn</translation>
    </message>
    <message>
        <source>no credit: no referrer, and no touch of {person} within {days:g} days before it</source>
        <translation>ingen kredit: ingen referent och ingen kontakt med {person} inom {days:g} dagar före</translation>
    </message>
    <message>
        <source>no credit to {who}: the event names {credited} as its referrer</source>
        <translation>ingen kredit till {who}: händelsen anger {credited} som sin referent</translation>
    </message>
    <message>
        <source>no credit to {who}: attributed to {credited} (last touch)</source>
        <translation>ingen kredit till {who}: tillskriven {credited} (senaste kontakt)</translation>
    </message>
    <message>
        <source>no credit: outside the offer window</source>
        <translation>ingen kredit: utanför erbjudandets period</translation>
    </message>
    <message>
        <source>no credit: shares never give credit (they count in the funnel)</source>
        <translation>ingen kredit: delningar ger aldrig kredit (de räknas i tratten)</translation>
    </message>
    <message>
        <source>no credit: an organic visit (no referrer)</source>
        <translation>ingen kredit: ett organiskt besök (ingen referent)</translation>
    </message>
    <message>
        <source>no credit: self-referral ({person} came through their own link)</source>
        <translation>ingen kredit: självhänvisning ({person} kom via sin egen länk)</translation>
    </message>
    <message>
        <source>no credit: repeat visit ({person} already visited through {referrer}&apos;s link)</source>
        <translation>ingen kredit: upprepat besök ({person} har redan besökt via länken från {referrer})</translation>
    </message>
    <message>
        <source>touch: {person} came through {referrer}&apos;s link</source>
        <translation>kontakt: {person} kom via länken från {referrer}</translation>
    </message>
    <message>
        <source>no credit: {kind} events do not count toward {goal}</source>
        <translation>ingen kredit: händelser av typen {kind} räknas inte mot {goal}</translation>
    </message>
    <message>
        <source>no credit: &apos;{name}&apos; does not match the goal&apos;s trigger activities</source>
        <translation>ingen kredit: &apos;{name}&apos; matchar inte målets utlösande aktiviteter</translation>
    </message>
    <message>
        <source>no credit: {person} already gave their credit (only a new friend&apos;s first {kind} counts)</source>
        <translation>ingen kredit: {person} har redan gett sin kredit (bara en ny väns första {kind} räknas)</translation>
    </message>
    <message>
        <source>no credit: no referrer, and no touch of {person} before it</source>
        <translation>ingen kredit: ingen referent och ingen kontakt med {person} före</translation>
    </message>
    <message>
        <source>no credit to {who}: attributed to {credited} (first touch)</source>
        <translation>ingen kredit till {who}: tillskriven {credited} (första kontakt)</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>{number}:a</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}:a</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}:e</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}:e</translation>
    </message>
    <message>
        <source>in review: {credited}&apos;s {ordinal} credit within 24 hours</source>
        <translation>granskas: {credited}s {ordinal} kredit inom 24 timmar</translation>
    </message>
    <message>
        <source>reversed: refund on line {value}</source>
        <translation>återförd: återbetalning på rad {value}</translation>
    </message>
    <message>
        <source>pending until {until}</source>
        <translation>väntar till {until}</translation>
    </message>
    <message>
        <source>blocked: shares IP {value} with {credited}</source>
        <translation>spärrad: delar IP {value} med {credited}</translation>
    </message>
    <message>
        <source>blocked: shares device {value} with {credited}</source>
        <translation>spärrad: delar enhet {value} med {credited}</translation>
    </message>
    <message>
        <source>blocked: shares email {value} with {credited}</source>
        <translation>spärrad: delar e-post {value} med {credited}</translation>
    </message>
    <message>
        <source>blocked: email domain {value} is on the blocked list</source>
        <translation>spärrad: e-postdomänen {value} står på spärrlistan</translation>
    </message>
</context>
<context>
    <name>FieldTips</name>
    <message>
        <source>What a friend must do for their referrer to earn a credit</source>
        <translation>Vad en vän måste göra för att hens referent ska få en kredit</translation>
    </message>
    <message>
        <source>Each visit of a friend through the link earns a credit, not only their first</source>
        <translation>Varje besök av en vän via länken ger en kredit, inte bara det första</translation>
    </message>
    <message>
        <source>The activities that earn a credit, one per line (case and spaces around them do not matter)</source>
        <translation>Aktiviteterna som ger en kredit, en per rad (skiftläge och mellanslag runt dem spelar ingen roll)</translation>
    </message>
    <message>
        <source>The JavaScript event&apos;s name, exactly as your page sends it</source>
        <translation>JavaScript-händelsens namn, exakt som din sida skickar det</translation>
    </message>
    <message>
        <source>A smart campaign&apos;s Give Credit to Referrer flow step uses this offer (Smart List Trigger only)</source>
        <translation>Ett flödessteg Ge kredit till referent i en smart kampanj använder erbjudandet (endast Smart List-utlösare)</translation>
    </message>
    <message>
        <source>The email a participant gets on signing up for the offer</source>
        <translation>Mejlet en deltagare får vid registrering för erbjudandet</translation>
    </message>
    <message>
        <source>The email a referrer gets when the goal is reached</source>
        <translation>Mejlet en referent får när målet är nått</translation>
    </message>
    <message>
        <source>Send the fulfillment email as soon as the goal is reached, or by hand</source>
        <translation>Skicka uppfyllandemejlet så snart målet är nått, eller manuellt</translation>
    </message>
    <message>
        <source>A web page with the offer&apos;s rules (required to approve)</source>
        <translation>En webbsida med erbjudandets regler (krävs för godkännande)</translation>
    </message>
    <message>
        <source>Show a link to your privacy policy on the offer&apos;s forms</source>
        <translation>Visa en länk till er integritetspolicy i erbjudandets formulär</translation>
    </message>
    <message>
        <source>The privacy link&apos;s text (used while the link is shown)</source>
        <translation>Integritetslänkens text (används när länken visas)</translation>
    </message>
    <message>
        <source>Where the privacy link goes (used while the link is shown)</source>
        <translation>Vart integritetslänken leder (används när länken visas)</translation>
    </message>
    <message>
        <source>Where a participant&apos;s share link takes their friends</source>
        <translation>Vart en deltagares delningslänk tar hens vänner</translation>
    </message>
    <message>
        <source>The web address shared links go to, for an external URL</source>
        <translation>Webbadressen delade länkar leder till, för en extern URL</translation>
    </message>
    <message>
        <source>Count only events from this moment on (UTC)</source>
        <translation>Räkna bara händelser från denna tidpunkt (UTC)</translation>
    </message>
    <message>
        <source>When the offer starts counting events (UTC)</source>
        <translation>När erbjudandet börjar räkna händelser (UTC)</translation>
    </message>
    <message>
        <source>Count only events before this moment (UTC)</source>
        <translation>Räkna bara händelser före denna tidpunkt (UTC)</translation>
    </message>
    <message>
        <source>Which earlier visit gets the credit for a sign-up or activity without a referrer</source>
        <translation>Vilket tidigare besök som får krediten för en registrering eller aktivitet utan referent</translation>
    </message>
    <message>
        <source>Only visits this recent can earn the credit</source>
        <translation>Bara så här nya besök kan ge krediten</translation>
    </message>
    <message>
        <source>Fulfill again at every further goal count of credits</source>
        <translation>Uppfyll igen vid varje nytt mål-antal krediter</translation>
    </message>
    <message>
        <source>When the offer stops counting events (UTC); unticked, the offer has no end</source>
        <translation>När erbjudandet slutar räkna händelser (UTC); utan bock har erbjudandet inget slut</translation>
    </message>
    <message>
        <source>How many days before the event a visit may be (tick Only visits within first)</source>
        <translation>Hur många dagar före händelsen ett besök får ligga (bocka först för Bara besök inom)</translation>
    </message>
    <message>
        <source>Limit how often one referrer is fulfilled (tick Reward again above first)</source>
        <translation>Begränsa hur ofta en referent uppfylls (bocka först för Belöna igen ovanför)</translation>
    </message>
    <message>
        <source>The most fulfillments one referrer can get (tick At most first)</source>
        <translation>Det största antalet uppfyllanden en referent kan få (bocka först för Högst)</translation>
    </message>
    <message>
        <source>What blocks approval; click one to go to its field</source>
        <translation>Vad som hindrar godkännande; klicka på ett för att gå till dess fält</translation>
    </message>
    <message>
        <source>Save the draft and close the editor</source>
        <translation>Spara utkastet och stäng redigeraren</translation>
    </message>
    <message>
        <source>Replay generated traffic, or an event log of your own</source>
        <translation>Spela upp genererad trafik, eller en egen händelselogg</translation>
    </message>
    <message>
        <source>A CSV or Parquet event log (time, kind, person, referrer, name)</source>
        <translation>En händelselogg i CSV eller Parquet (time, kind, person, referrer, name)</translation>
    </message>
    <message>
        <source>Show only referrers whose names hold this text</source>
        <translation>Visa bara referenter vars namn innehåller den här texten</translation>
    </message>
    <message>
        <source>Stop the running replay (Esc)</source>
        <translation>Stoppa uppspelningen som pågår (Esc)</translation>
    </message>
    <message>
        <source>The published figures the traffic is measured against</source>
        <translation>De publicerade siffror trafiken mäts mot</translation>
    </message>
    <message>
        <source>Choose an event log file</source>
        <translation>Välj en händelseloggfil</translation>
    </message>
    <message>
        <source>The previous section</source>
        <translation>Föregående avsnitt</translation>
    </message>
    <message>
        <source>The next section</source>
        <translation>Nästa avsnitt</translation>
    </message>
    <message>
        <source>No credit when the friend acts from the referrer&apos;s IP address</source>
        <translation>Ingen kredit när vännen agerar från referentens IP-adress</translation>
    </message>
    <message>
        <source>No credit when the friend uses the referrer&apos;s device</source>
        <translation>Ingen kredit när vännen använder referentens enhet</translation>
    </message>
    <message>
        <source>No credit when the friend&apos;s email is the referrer&apos;s (dots and +tags aside)</source>
        <translation>Ingen kredit när vännens e-post är referentens (bortsett från punkter och +taggar)</translation>
    </message>
    <message>
        <source>Email domains whose friends earn no credit, one per line (e.g. mailinator.com)</source>
        <translation>E-postdomäner vars vänner inte ger någon kredit, en per rad (t.ex. mailinator.com)</translation>
    </message>
    <message>
        <source>Limit how many credits one referrer can earn in a day</source>
        <translation>Begränsa hur många krediter en referent kan få per dag</translation>
    </message>
    <message>
        <source>The most credits one referrer can earn in one day</source>
        <translation>Det högsta antalet krediter en referent kan få på en dag</translation>
    </message>
    <message>
        <source>Days a fulfillment waits before it is paid (a refund in that time cancels it)</source>
        <translation>Dagar ett uppfyllande väntar innan det betalas ut (en återbetalning under tiden upphäver det)</translation>
    </message>
    <message>
        <source>What one fulfillment costs, to weigh the fraud it lets through</source>
        <translation>Vad ett uppfyllande kostar, för att väga bedrägerierna det släpper igenom</translation>
    </message>
    <message>
        <source>The fraud rule whose effect the chart shows</source>
        <translation>Bedrägeriregeln vars effekt diagrammet visar</translation>
    </message>
    <message>
        <source>Paid to the referrer for each fulfillment (in your currency)</source>
        <translation>Betalas till referenten för varje uppfyllande (i din valuta)</translation>
    </message>
    <message>
        <source>Paid to the new friend for each referred sign-up (a double-sided offer; 0 if none)</source>
        <translation>Betalas till den nya vännen för varje refererad registrering (ett dubbelsidigt erbjudande; 0 om ingen)</translation>
    </message>
    <message>
        <source>What one referred sign-up is worth to you</source>
        <translation>Vad en refererad registrering är värd för dig</translation>
    </message>
    <message>
        <source>Monte-Carlo runs: each is new traffic on which every variant is replayed (more: narrower bands)</source>
        <translation>Monte Carlo-körningar: var och en är ny trafik som varje variant spelas upp på (fler: smalare band)</translation>
    </message>
    <message>
        <source>The same study and seed always give the same results</source>
        <translation>Samma studie och frö ger alltid samma resultat</translation>
    </message>
    <message>
        <source>Which count the chart shows per day</source>
        <translation>Vilket antal diagrammet visar per dag</translation>
    </message>
    <message>
        <source>The traffic the assumptions start from; From a file… takes a fitted traffic file&apos;s options</source>
        <translation>Trafiken som antagandena utgår från; Från en fil… tar alternativen från en anpassad trafikfil</translation>
    </message>
    <message>
        <source>The figure that decides which variant is best in a run</source>
        <translation>Måttet som avgör vilken variant som är bäst i en körning</translation>
    </message>
    <message>
        <source>Best is the variant with the smallest figure (a cost, say)</source>
        <translation>Bäst är varianten med det minsta värdet (till exempel en kostnad)</translation>
    </message>
    <message>
        <source>Replay every variant on every run&apos;s traffic (Ctrl+Enter)</source>
        <translation>Spela upp varje variant på varje körnings trafik (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop the forecast; nothing changes (Esc)</source>
        <translation>Stoppa prognosen; inget ändras (Esc)</translation>
    </message>
    <message>
        <source>Open a study file (.forecast.toml), as the command line reads it</source>
        <translation>Öppna en studiefil (.forecast.toml), som kommandoraden läser den</translation>
    </message>
    <message>
        <source>Save this study as a .forecast.toml file for the command line</source>
        <translation>Spara studien som en .forecast.toml-fil för kommandoraden</translation>
    </message>
    <message>
        <source>Write the forecast&apos;s files into a folder: runs, variants, ranking, bands, sensitivity, summary</source>
        <translation>Skriv prognosens filer till en mapp: körningar, varianter, rangordning, band, känslighet, sammanfattning</translation>
    </message>
    <message>
        <source>Write the forecast as a PDF report</source>
        <translation>Skriv prognosen som en PDF-rapport</translation>
    </message>
    <message>
        <source>Add a variant: a copy of the base offer to change</source>
        <translation>Lägg till en variant: en kopia av grunderbjudandet att ändra</translation>
    </message>
    <message>
        <source>Add a copy of the selected variant</source>
        <translation>Lägg till en kopia av den valda varianten</translation>
    </message>
    <message>
        <source>Rename the selected variant (or double-click its name)</source>
        <translation>Byt namn på den valda varianten (eller dubbelklicka på namnet)</translation>
    </message>
    <message>
        <source>Remove the selected variant from the study</source>
        <translation>Ta bort den valda varianten från studien</translation>
    </message>
    <message>
        <source>Pick the certificate authority&apos;s file</source>
        <translation>Välj certifikatutfärdarens fil</translation>
    </message>
    <message>
        <source>Pick this client&apos;s certificate file</source>
        <translation>Välj den här klientens certifikatfil</translation>
    </message>
    <message>
        <source>Pick this client&apos;s private key file</source>
        <translation>Välj den här klientens fil med privat nyckel</translation>
    </message>
</context>
<context>
    <name>ForecastHeadline</name>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>One variant, {variant}: {objective} {median} (90% of runs: {low} to {high})</source>
        <translation>En variant, {variant}: {objective} {median} (90 % av körningarna: {low} till {high})</translation>
    </message>
    <message>
        <source>All variants are equal on {objective} in every run — give costs or rank by another metric</source>
        <translation>Alla varianter ger samma {objective} i varje körning — ange kostnader eller rangordna efter ett annat mått</translation>
    </message>
    <message>
        <source>All variants are equal on {objective} in every run — rank by another metric</source>
        <translation>Alla varianter ger samma {objective} i varje körning — rangordna efter ett annat mått</translation>
    </message>
    <message>
        <source>Best by {objective}: {best} — ahead of {other} in {share} of runs, by {median} (90% of runs: {low} to {high})</source>
        <translation>Bäst efter {objective}: {best} — före {other} i {share} av körningarna, med {median} (90 % av körningarna: {low} till {high})</translation>
    </message>
    <message>
        <source>No clear winner by {objective}: {best} and {other} differ by {low} to {high} in 90% of runs</source>
        <translation>Ingen tydlig vinnare efter {objective}: {best} och {other} skiljer sig med {low} till {high} i 90 % av körningarna</translation>
    </message>
    <message>
        <source>No clear winner by {objective}: {names} and {last} — the others differ from {best} by {low} to {high} in 90% of runs</source>
        <translation>Ingen tydlig vinnare efter {objective}: {names} och {last} — de övriga skiljer sig från {best} med {low} till {high} i 90 % av körningarna</translation>
    </message>
    <message numerus="yes">
        <source> — %Ln runs are too few to tell (at least {needed})</source>
        <translation>
            <numerusform> — %Ln körning räcker inte för att avgöra (minst {needed} behövs)</numerusform>
            <numerusform> — %Ln körningar räcker inte för att avgöra (minst {needed} behövs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastMetric</name>
    <message>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Credited referrers</source>
        <translation>Krediterade referenter</translation>
    </message>
    <message>
        <source>Fulfilled referrers</source>
        <translation>Uppfyllda referenter</translation>
    </message>
    <message>
        <source>Fulfillments</source>
        <translation>Uppfyllanden</translation>
    </message>
    <message>
        <source>Promo codes used</source>
        <translation>Använda kampanjkoder</translation>
    </message>
    <message>
        <source>Referred sign-ups</source>
        <translation>Refererade registreringar</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>K-faktor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Credits blocked</source>
        <translation>Spärrade krediter</translation>
    </message>
    <message>
        <source>Credits for review</source>
        <translation>Krediter till granskning</translation>
    </message>
    <message>
        <source>Credits reversed</source>
        <translation>Återförda krediter</translation>
    </message>
    <message>
        <source>Credits pending</source>
        <translation>Väntande krediter</translation>
    </message>
    <message>
        <source>Cost saved</source>
        <translation>Sparad kostnad</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>Day of the campaign</source>
        <translation>Kampanjdag</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referenter</translation>
    </message>
    <message>
        <source>Run a forecast to see each variant&apos;s median and 90% band per day.</source>
        <translation>Kör en prognos för att se varje variants median och 90 %-band per dag.</translation>
    </message>
    <message>
        <source>Credited referrers at the end of each day — median and 5–95% band</source>
        <translation>Krediterade referenter vid slutet av varje dag — median och 5–95 %-band</translation>
    </message>
    <message>
        <source>Fulfilled referrers at the end of each day — median and 5–95% band</source>
        <translation>Uppfyllda referenter vid slutet av varje dag — median och 5–95 %-band</translation>
    </message>
    <message>
        <source>Day {day}</source>
        <translation>Dag {day}</translation>
    </message>
    <message>
        <source>Run a forecast to see how the objective spreads.</source>
        <translation>Kör en prognos för att se hur målvärdet sprider sig.</translation>
    </message>
    <message>
        <source>{objective} per run — box: middle half, whiskers: 5th–95th percentile</source>
        <translation>{objective} per körning — låda: mittersta hälften, morrhår: 5:e–95:e percentilen</translation>
    </message>
    <message>
        <source>Credited referrers</source>
        <translation>Krediterade referenter</translation>
    </message>
    <message>
        <source>Fulfilled referrers</source>
        <translation>Uppfyllda referenter</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagram:</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianter</translation>
    </message>
    <message>
        <source>Each variant changes some settings of the base offer; every variant is replayed on the same traffic in each run. Pick a variant to change its settings below the table.</source>
        <translation>Varje variant ändrar några inställningar i grunderbjudandet; varje variant spelas upp på samma trafik i varje körning. Välj en variant för att ändra dess inställningar under tabellen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Traffic assumptions</source>
        <translation>Trafikantaganden</translation>
    </message>
    <message>
        <source>Starting from the preset</source>
        <translation>Utgå från förvalet</translation>
    </message>
    <message>
        <source>Grey values come from the preset. Give a high end to make an option a range, drawn anew in each run.</source>
        <translation>Gråa värden kommer från förvalet. Ange en övre gräns för att göra ett alternativ till ett intervall som dras på nytt i varje körning.</translation>
    </message>
    <message>
        <source>How people respond</source>
        <translation>Hur människor reagerar</translation>
    </message>
    <message>
        <source>Assumptions, off in grey: with every effect off, people behave the same whatever the offer. Give a high end to make an effect a range, drawn anew in each run. Hover for each one&apos;s source.</source>
        <translation>Antaganden (avstängda visas i grått): med alla effekter avstängda beter sig människor likadant oavsett erbjudande. Ange en övre gräns för att göra en effekt till ett intervall som dras på nytt i varje körning. Håll muspekaren över en effekt för att se dess källa.</translation>
    </message>
    <message>
        <source>Costs, runs and what is best</source>
        <translation>Kostnader, körningar och vad som är bäst</translation>
    </message>
    <message>
        <source>Reward per fulfillment</source>
        <translation>Belöning per uppfyllande</translation>
    </message>
    <message>
        <source>Reward per referred sign-up</source>
        <translation>Belöning per refererad registrering</translation>
    </message>
    <message>
        <source>Value per referred sign-up</source>
        <translation>Värde per refererad registrering</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Körningar</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frö</translation>
    </message>
    <message>
        <source>Smaller is better</source>
        <translation>Mindre är bättre</translation>
    </message>
    <message>
        <source>Best variant by</source>
        <translation>Bästa variant efter</translation>
    </message>
    <message>
        <source>this computer (a local Dask cluster)</source>
        <translation>den här datorn (ett lokalt Dask-kluster)</translation>
    </message>
    <message>
        <source>A Dask scheduler&apos;s address, such as tcp://host:8786, or tls://host:8786 for a cluster that uses TLS; empty runs on this computer</source>
        <translation>Adressen till en Dask-schemaläggare, t.ex. tcp://värd:8786, eller tls://värd:8786 för ett kluster som använder TLS; tomt kör på den här datorn</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>TLS-CA-fil</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-certifikat</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>TLS-nyckel</translation>
    </message>
    <message>
        <source>The cluster&apos;s CA certificate (PEM), as dask scheduler --tls-ca-file takes</source>
        <translation>Klustrets CA-certifikat (PEM), så som dask scheduler --tls-ca-file tar emot det</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate (PEM), signed by the cluster&apos;s CA</source>
        <translation>Den här datorns certifikat (PEM), signerat av klustrets CA</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM); empty when the certificate file holds it</source>
        <translation>Certifikatets privata nyckel (PEM); tomt när certifikatfilen innehåller den</translation>
    </message>
    <message>
        <source>from Dask&apos;s configuration</source>
        <translation>från Dasks konfiguration</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-filer (*.pem *.crt *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask-schemaläggare</translation>
    </message>
    <message>
        <source>&amp;Run Forecast</source>
        <translation>&amp;Kör prognos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%v of %m runs</source>
        <translation>%v av %m körningar</translation>
    </message>
    <message>
        <source>Open Study…</source>
        <translation>Öppna studie…</translation>
    </message>
    <message>
        <source>Save Study…</source>
        <translation>Spara studie…</translation>
    </message>
    <message>
        <source>Export Results…</source>
        <translation>Exportera resultat…</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportera rapport…</translation>
    </message>
    <message>
        <source>Forecast of {offer}</source>
        <translation>Prognos för {offer}</translation>
    </message>
    <message>
        <source>Forecast — {offer}</source>
        <translation>Prognos — {offer}</translation>
    </message>
    <message>
        <source>Rename Variant</source>
        <translation>Byt namn på variant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>this study</source>
        <translation>denna studie</translation>
    </message>
    <message>
        <source>Study saved to {path}.</source>
        <translation>Studien sparades i {path}.</translation>
    </message>
    <message>
        <source>Study opened from {path}.</source>
        <translation>Studien öppnades från {path}.</translation>
    </message>
    <message>
        <source>starting the cluster…</source>
        <translation>startar klustret…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Running on {where}</source>
        <translation>Körs på {where}</translation>
    </message>
    <message>
        <source>Dask dashboard</source>
        <translation>Dask-instrumentpanel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs in {seconds} s.</source>
        <translation>
            <numerusform>%Ln körning på {seconds} s.</numerusform>
            <numerusform>%Ln körningar på {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast cancelled; nothing changed.</source>
        <translation>Prognosen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>Results written to {folder}.</source>
        <translation>Resultaten skrevs till {folder}.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapporten skrevs till {path}.</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Öppna studie</translation>
    </message>
    <message>
        <source>Forecast studies (*.forecast.toml)</source>
        <translation>Prognosstudier (*.forecast.toml)</translation>
    </message>
    <message>
        <source>Save Study</source>
        <translation>Spara studie</translation>
    </message>
    <message>
        <source>Export Results to a Folder</source>
        <translation>Exportera resultat till en mapp</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal count</source>
        <translation>Antal för målet</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Tillskrivning</translation>
    </message>
    <message>
        <source>Attribution window (days)</source>
        <translation>Tillskrivningsfönster (dagar)</translation>
    </message>
    <message>
        <source>Repeat rewards</source>
        <translation>Upprepade belöningar</translation>
    </message>
    <message>
        <source>Most fulfillments</source>
        <translation>Högst antal uppfyllanden</translation>
    </message>
    <message>
        <source>Offer starts</source>
        <translation>Erbjudandet börjar</translation>
    </message>
    <message>
        <source>Offer ends</source>
        <translation>Erbjudandet slutar</translation>
    </message>
    <message>
        <source>Differs from the base offer</source>
        <translation>Skiljer sig från grunderbjudandet</translation>
    </message>
    <message>
        <source>Base offer</source>
        <translation>Grunderbjudande</translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation>Variant {number}</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (kopia {number})</translation>
    </message>
    <message>
        <source>A variant needs a name of 1 to 80 characters, without line breaks.</source>
        <translation>En variant behöver ett namn på 1 till 80 tecken, utan radbrytningar.</translation>
    </message>
    <message>
        <source>Another variant is called {name}.</source>
        <translation>En annan variant heter {name}.</translation>
    </message>
    <message>
        <source>(the offer as it is)</source>
        <translation>(erbjudandet som det är)</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>när som helst</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (UTC), empty: open</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM (UTC), tomt: öppen</translation>
    </message>
    <message>
        <source>Traffic option</source>
        <translation>Trafikalternativ</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Value (or low)</source>
        <translation>Värde (eller lägsta)</translation>
    </message>
    <message>
        <source>High (a range)</source>
        <translation>Högsta (ett intervall)</translation>
    </message>
    <message>
        <source>{help} From {low} to {high}; off: {off} (in a study file: {key})</source>
        <translation>{help} Från {low} till {high}; av: {off} (i en studiefil: {key})</translation>
    </message>
    <message>
        <source>{effect}: {text} is not a number</source>
        <translation>{effect}: {text} är inte ett tal</translation>
    </message>
    <message>
        <source>{help} (in a study file: {key})</source>
        <translation>{help} (i en studiefil: {key})</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ett värde</translation>
    </message>
    <message>
        <source>{option}: {text} is not {kind}</source>
        <translation>{option}: {text} är inte {kind}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
    <message numerus="yes">
        <source>{where}, %Ln workers</source>
        <translation>
            <numerusform>{where}, %Ln arbetare</numerusform>
            <numerusform>{where}, %Ln arbetare</numerusform>
        </translation>
    </message>
    <message>
        <source>{variant} (same as {other})</source>
        <translation>{variant} (samma som {other})</translation>
    </message>
    <message>
        <source>{setting} of the selected variant</source>
        <translation>{setting} för den valda varianten</translation>
    </message>
    <message>
        <source>Settings of {variant}</source>
        <translation>Inställningar för {variant}</translation>
    </message>
</context>
<context>
    <name>ForecastReport</name>
    <message>
        <source>The offer</source>
        <translation>Erbjudandet</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianter</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Lines: the median run. Shaded: 90% of runs fall inside (5th to 95th percentile).</source>
        <translation>Linjer: mediankörningen. Skuggat: 90 % av körningarna hamnar inom (5:e till 95:e percentilen).</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Antaganden</translation>
    </message>
    <message>
        <source>Credited referrers at the end of each day</source>
        <translation>Krediterade referenter vid varje dags slut</translation>
    </message>
    <message>
        <source>Fulfilled referrers at the end of each day</source>
        <translation>Uppfyllda referenter vid varje dags slut</translation>
    </message>
    <message>
        <source>Traffic preset: {name} — {title}. Source: {source}.</source>
        <translation>Trafikförval: {name} — {title}. Källa: {source}.</translation>
    </message>
    <message>
        <source>set in the study</source>
        <translation>angivet i studien</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>förval</translation>
    </message>
    <message>
        <source>Costs per variant</source>
        <translation>Kostnader per variant</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Körningar</translation>
    </message>
    <message>
        <source>Every variant is replayed on the same traffic in each run.</source>
        <translation>Varje variant spelas upp på samma trafik i varje körning.</translation>
    </message>
    <message>
        <source>In this forecast people behave the same whatever the offer: variants differ only in what they credit and pay, so cheaper variants tend to win.</source>
        <translation>I den här prognosen beter sig människor likadant oavsett erbjudande: varianterna skiljer sig bara i vad de krediterar och betalar ut, så billigare varianter tenderar att vinna.</translation>
    </message>
    <message>
        <source>{objective} (lower is better)</source>
        <translation>{objective} (lägre är bättre)</translation>
    </message>
    <message>
        <source>{objective} (higher is better)</source>
        <translation>{objective} (högre är bättre)</translation>
    </message>
    <message>
        <source>Forecast report, made {date} with Referral Studio {version}</source>
        <translation>Prognosrapport, skapad {date} med Referral Studio {version}</translation>
    </message>
    <message>
        <source>Runs are split by where each drawn value fell in its range (lower, middle, upper third); P(best) is the share of those runs in which the variant was best. Spearman: how the drawn value moves with the variant&apos;s objective minus the leader&apos;s, from −1 to 1 (– when either does not vary).</source>
        <translation>Körningarna delas upp efter var varje draget värde hamnade i sitt intervall (nedre, mellersta eller övre tredjedelen); P(bäst) är andelen av de körningarna där varianten var bäst. Spearman: hur det dragna värdet samvarierar med variantens målvärde minus ledarens, från −1 till 1 (– när någon av dem inte varierar).</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Offer window</source>
        <translation>Erbjudandets period</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Tillskrivning</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belöningar</translation>
    </message>
    <message>
        <source>repeat rewards, at most {cap} per referrer</source>
        <translation>upprepade belöningar, högst {cap} per referent</translation>
    </message>
    <message>
        <source>repeat rewards, no cap</source>
        <translation>upprepade belöningar, utan tak</translation>
    </message>
    <message>
        <source>one reward per referrer</source>
        <translation>en belöning per referent</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Kampanjkoder</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>från {start} till {end}</translation>
    </message>
    <message>
        <source>from {start}, open-ended</source>
        <translation>från {start}, utan slut</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>till {end}</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>alltid öppet</translation>
    </message>
    <message>
        <source>{median}
({low} to {high})</source>
        <translation>{median}
({low} till {high})</translation>
    </message>
    <message>
        <source>P(best): share of runs in which the variant was best (ties shared). vs. leader: the variant&apos;s {objective} minus the leader&apos;s in the same run — the median, and in brackets the range 90% of runs fall in. Cost, value, net and K-factor are medians over the runs, each taken on its own: the run with the median net is seldom the run with the median value or cost, so the median net is not median value − median cost.</source>
        <translation>P(bäst): andelen körningar där varianten var bäst (delad vid lika). Mot ledaren: variantens {objective} minus ledarens i samma körning — medianen, och inom parentes intervallet som 90 % av körningarna hamnar inom. Kostnad, värde, netto och K-faktor är medianer över körningarna, var och en tagen för sig: körningen med mediannettot är sällan körningen med medianvärdet eller mediankostnaden, så mediannettot är inte medianvärdet − mediankostnaden.</translation>
    </message>
    <message>
        <source>{low} to {high}, drawn per run</source>
        <translation>{low} till {high}, dras per körning</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs, seed {seed}, ranked by {objective}.</source>
        <translation>
            <numerusform>%Ln körning, frö {seed}, rangordning efter {objective}.</numerusform>
            <numerusform>%Ln körningar, frö {seed}, rangordning efter {objective}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>P(best)</source>
        <translation>P(bäst)</translation>
    </message>
    <message>
        <source>{objective}, median</source>
        <translation>{objective}, median</translation>
    </message>
    <message>
        <source>90% interval</source>
        <translation>90 %-intervall</translation>
    </message>
    <message>
        <source>vs. leader</source>
        <translation>mot ledaren</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>K-faktor</translation>
    </message>
    <message>
        <source>day of the campaign</source>
        <translation>kampanjens dag</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>ForecastSensitivity</name>
    <message>
        <source>below {edge}</source>
        <translation>under {edge}</translation>
    </message>
    <message>
        <source>above {edge}</source>
        <translation>över {edge}</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>mellan {low} och {high}</translation>
    </message>
    <message>
        <source>{variant} is best when {assumption} is {where}</source>
        <translation>{variant} är bäst när {assumption} är {where}</translation>
    </message>
    <message>
        <source>{variant} {where}</source>
        <translation>{variant} {where}</translation>
    </message>
    <message>
        <source>What the answer depends on</source>
        <translation>Vad svaret beror på</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Antagande</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>P(best), lower third</source>
        <translation>P(bäst), nedre tredjedel</translation>
    </message>
    <message>
        <source>middle third</source>
        <translation>mellersta tredjedel</translation>
    </message>
    <message>
        <source>upper third</source>
        <translation>övre tredjedel</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>No range drawn changes which variant wins most often ({names}).</source>
        <translation>Inget draget intervall ändrar vilken variant som vinner oftast ({names}).</translation>
    </message>
    <message>
        <source>Runs are split by where their drawn value fell in the range: lower, middle or upper third. P(best): the share of those runs in which the variant was best. Spearman: how the drawn value moves with the variant&apos;s lead over the leader (−1 to 1).</source>
        <translation>Körningarna delas upp efter var deras dragna värde hamnade i intervallet: nedre, mellersta eller övre tredjedelen. P(bäst): andelen av de körningarna där varianten var bäst. Spearman: hur det dragna värdet samvarierar med variantens försprång mot ledaren (−1 till 1).</translation>
    </message>
</context>
<context>
    <name>FraudSection</name>
    <message>
        <source>Fraud rules decide the fate of each credit: counted, blocked, sent to review, or held until refunds can no longer take it back. Try them on last quarter&apos;s traffic in the simulation&apos;s Fraud view before switching them on.</source>
        <translation>Bedrägeriregler avgör vad som händer med varje kredit: räknad, spärrad, skickad till granskning eller hållen tills en återbetalning inte längre kan ta tillbaka den. Pröva dem på förra kvartalets trafik i simuleringens bedrägerivy innan du slår på dem.</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Självhänvisning</translation>
    </message>
    <message>
        <source>Block when friend and referrer share an &amp;IP address</source>
        <translation>Spärra när vän och referent delar &amp;IP-adress</translation>
    </message>
    <message>
        <source>Catches a referrer signing up fake friends from their own connection.</source>
        <translation>Fångar en referent som registrerar påhittade vänner från sin egen uppkoppling.</translation>
    </message>
    <message>
        <source>Trade-off: an office, a campus or a household shares one IP.</source>
        <translation>Baksida: ett kontor, ett campus eller ett hushåll delar en IP-adress.</translation>
    </message>
    <message>
        <source>Block when they share a &amp;device</source>
        <translation>Spärra när de delar &amp;enhet</translation>
    </message>
    <message>
        <source>Catches fake friends made on the referrer&apos;s own phone or browser.</source>
        <translation>Fångar påhittade vänner skapade i referentens egen telefon eller webbläsare.</translation>
    </message>
    <message>
        <source>Trade-off: a family on one shared computer looks the same.</source>
        <translation>Baksida: en familj vid en gemensam dator ser likadan ut.</translation>
    </message>
    <message>
        <source>Block when they share an &amp;email address</source>
        <translation>Spärra när de delar e-post&amp;adress</translation>
    </message>
    <message>
        <source>Sees through Gmail dots, plus-addresses and capitals (bob.smith+1@gmail.com).</source>
        <translation>Ser igenom Gmail-punkter, plusadresser och versaler (bob.smith+1@gmail.com).</translation>
    </message>
    <message>
        <source>Trade-off: rarely wrong, but easy to dodge with a second address.</source>
        <translation>Baksida: sällan fel, men lätt att kringgå med en andra adress.</translation>
    </message>
    <message>
        <source>Email domains and velocity</source>
        <translation>E-postdomäner och takt</translation>
    </message>
    <message>
        <source>Blocked email domains, one per line</source>
        <translation>Spärrade e-postdomäner, en per rad</translation>
    </message>
    <message>
        <source>Blocked Email Domains</source>
        <translation>Spärrade e-postdomäner</translation>
    </message>
    <message>
        <source>Blocked email &amp;domains:</source>
        <translation>Spärrade e-post&amp;domäner:</translation>
    </message>
    <message>
        <source>One per line; a domain also blocks its subdomains. Blocks disposable mail.</source>
        <translation>En per rad; en domän spärrar även sina underdomäner. Spärrar engångsadresser.</translation>
    </message>
    <message>
        <source>Trade-off: a real customer on a listed domain is blocked too.</source>
        <translation>Baksida: en verklig kund på en listad domän spärras också.</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>Limit credits per day</source>
        <translation>Begränsa krediter per dygn</translation>
    </message>
    <message>
        <source>Credits per referrer within 24 hours</source>
        <translation>Krediter per referent inom 24 timmar</translation>
    </message>
    <message>
        <source>Velocity Limit</source>
        <translation>Taktgräns</translation>
    </message>
    <message>
        <source>credits per referrer within 24 hours</source>
        <translation>krediter per referent inom 24 timmar</translation>
    </message>
    <message>
        <source>Velocity:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <source>Further credits go to a review queue: a burst of sign-ups minutes apart.</source>
        <translation>Fler krediter går till en granskningskö: en skur av registreringar med minuters mellanrum.</translation>
    </message>
    <message>
        <source>Trade-off: a popular referrer&apos;s good day waits for a person to look.</source>
        <translation>Baksida: en populär referents goda dag får vänta på att någon tittar.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Karens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Hold rewards for this many days</source>
        <translation>Håll inne belöningar så här många dagar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Karens</translation>
    </message>
    <message>
        <source>&amp;Hold rewards for:</source>
        <translation>&amp;Håll inne belöningar i:</translation>
    </message>
    <message>
        <source>A credit counts only after the hold; a refund before then takes it back.</source>
        <translation>En kredit räknas först efter karensen; en återbetalning innan dess tar tillbaka den.</translation>
    </message>
    <message>
        <source>Trade-off: honest referrers wait that long for their reward.</source>
        <translation>Baksida: ärliga referenter får vänta så länge på sin belöning.</translation>
    </message>
</context>
<context>
    <name>FraudView</name>
    <message>
        <source>Same IP</source>
        <translation>Samma IP</translation>
    </message>
    <message>
        <source>Same device</source>
        <translation>Samma enhet</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Samma e-post</translation>
    </message>
    <message>
        <source>Blocked email domain</source>
        <translation>Spärrad e-postdomän</translation>
    </message>
    <message>
        <source>Velocity (review)</source>
        <translation>Takt (granskning)</translation>
    </message>
    <message>
        <source>Refund during hold</source>
        <translation>Återbetalning under karens</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Fraud caught</source>
        <translation>Fångade bedrägerier</translation>
    </message>
    <message>
        <source>Honest caught</source>
        <translation>Fångade ärliga</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Träffsäkerhet</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>Cost saved</source>
        <translation>Sparad kostnad</translation>
    </message>
    <message>
        <source>Wrongly withheld</source>
        <translation>Felaktigt innehållet</translation>
    </message>
    <message>
        <source>The fraud rule; All rules: every rule together</source>
        <translation>Bedrägeriregeln; Alla regler: alla regler tillsammans</translation>
    </message>
    <message>
        <source>Credits the rule took: blocked, sent to review or reversed by a refund</source>
        <translation>Krediter som regeln tog: spärrade, skickade till granskning eller återförda av en återbetalning</translation>
    </message>
    <message>
        <source>Of the credits taken, those the traffic labels fraud</source>
        <translation>Av de tagna krediterna, de som trafiken märker som bedrägeri</translation>
    </message>
    <message>
        <source>Of the credits taken, those the traffic labels honest: real customers held back</source>
        <translation>Av de tagna krediterna, de som trafiken märker som ärliga: riktiga kunder som hölls tillbaka</translation>
    </message>
    <message>
        <source>Fraud caught ÷ credits taken: how often the rule is right when it acts</source>
        <translation>Fångade bedrägerier ÷ tagna krediter: hur ofta regeln har rätt när den slår till</translation>
    </message>
    <message>
        <source>Fraud caught ÷ all fraudulent credits: how much of the fraud the rule finds</source>
        <translation>Fångade bedrägerier ÷ alla bedrägliga krediter: hur stor del av bedrägerierna regeln hittar</translation>
    </message>
    <message>
        <source>Fulfillments the caught fraud would have earned × the reward per fulfillment; 0 when those referrers were paid by earlier credits anyway</source>
        <translation>Uppfyllanden som de fångade bedrägerierna skulle ha gett × belöningen per uppfyllande; 0 när de referenterna ändå fick betalt genom tidigare krediter</translation>
    </message>
    <message>
        <source>Fulfillments honest referrers lost × the reward per fulfillment</source>
        <translation>Uppfyllanden som ärliga referenter förlorade × belöningen per uppfyllande</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Credit within 24 h</source>
        <translation>Kredit inom 24 h</translation>
    </message>
    <message>
        <source>Referrer&apos;s credits, past 7 days</source>
        <translation>Referentens krediter, senaste 7 dagarna</translation>
    </message>
    <message>
        <source>This credit&apos;s number among the referrer&apos;s counting credits in the 24 hours up to it (over the limit)</source>
        <translation>Den här kreditens nummer bland referentens räknade krediter under de 24 timmarna fram till den (över gränsen)</translation>
    </message>
    <message>
        <source>The referrer&apos;s earlier credits in the 7 days before this one, whatever became of them</source>
        <translation>Referentens tidigare krediter under de 7 dagarna före den här, oavsett vad som hände med dem</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>bedrägeri</translation>
    </message>
    <message>
        <source>honest</source>
        <translation>ärlig</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{credits}: {counted}, {blocked}, {review}, {reversed}, {pending}.</source>
        <translation>{credits}: {counted}, {blocked}, {review}, {reversed}, {pending}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; credits by the base rules</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; kredit enligt grundreglerna</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; krediter enligt grundreglerna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; counted</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; räknad</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; räknade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocked</source>
        <translation>
            <numerusform>%Ln spärrad</numerusform>
            <numerusform>%Ln spärrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in review</source>
        <translation>
            <numerusform>%Ln till granskning</numerusform>
            <numerusform>%Ln till granskning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reversed by refunds</source>
        <translation>
            <numerusform>%Ln återförd av en återbetalning</numerusform>
            <numerusform>%Ln återförda av återbetalningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln väntande</numerusform>
            <numerusform>%Ln väntande</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward per fulfillment</source>
        <translation>Belöning per uppfyllande</translation>
    </message>
    <message>
        <source>Rule whose credits are listed</source>
        <translation>Regel vars krediter listas</translation>
    </message>
    <message>
        <source>Double-click a credit to see why, in the Results view</source>
        <translation>Dubbelklicka på en kredit för att se varför, i resultatvyn</translation>
    </message>
    <message>
        <source>Reward per fulfillment:</source>
        <translation>Belöning per uppfyllande:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Credits taken by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Krediter tagna av&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review queue&lt;/b&gt; — credits over the velocity limit</source>
        <translation>&lt;b&gt;Granskningskö&lt;/b&gt; — krediter över taktgränsen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a simulation to see what the fraud rules catch.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kör en simulering för att se vad bedrägerireglerna fångar.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This offer has no fraud rules: switch some on under Fraud &amp; Holds.</source>
        <translation>Erbjudandet har inga bedrägeriregler: slå på några under Bedrägeri och karens.</translation>
    </message>
    <message>
        <source>The log has no fraud labels, so precision and recall are unknown (synthetic traffic with a fraud rate has them).</source>
        <translation>Loggen saknar bedrägerietiketter, så träffsäkerhet och täckning är okända (syntetisk trafik med bedrägeriandel har dem).</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alla regler</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Shares</source>
        <translation>Delningar</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alla besök</translation>
    </message>
    <message>
        <source>Referred visits</source>
        <translation>Refererade besök</translation>
    </message>
    <message>
        <source>All sign-ups</source>
        <translation>Alla registreringar</translation>
    </message>
    <message>
        <source>Referred sign-ups</source>
        <translation>Refererade registreringar</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>JS events</source>
        <translation>JS-händelser</translation>
    </message>
    <message>
        <source>Funnel in the offer window</source>
        <translation>Tratt inom erbjudandets period</translation>
    </message>
    <message>
        <source>Run a simulation to see shares, visits and sign-ups step by step.</source>
        <translation>Kör en simulering för att se delningar, besök och registreringar steg för steg.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Referred Visits</source>
        <translation>Refererade besök</translation>
    </message>
    <message>
        <source>Referred Sign-Ups</source>
        <translation>Refererade registreringar</translation>
    </message>
    <message>
        <source>Smart List Trigger</source>
        <translation>Smart List-utlösare</translation>
    </message>
    <message>
        <source>Custom JavaScript Event</source>
        <translation>Anpassad JavaScript-händelse</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>A credit for each friend who visits through the referrer&apos;s link.</source>
        <translation>En kredit för varje vän som besöker via referentens länk.</translation>
    </message>
    <message>
        <source>A credit for each new friend who signs up through the referrer&apos;s link or after visiting it.</source>
        <translation>En kredit för varje ny vän som registrerar sig via referentens länk eller efter att ha besökt den.</translation>
    </message>
    <message>
        <source>A credit when a new friend does one of the trigger activities, such as Opportunity Created.</source>
        <translation>En kredit när en ny vän utför en av de utlösande aktiviteterna, till exempel Opportunity Created.</translation>
    </message>
    <message>
        <source>A credit when a new friend&apos;s browser fires the named JavaScript event on your page.</source>
        <translation>En kredit när en ny väns webbläsare utlöser den namngivna JavaScript-händelsen på din sida.</translation>
    </message>
    <message>
        <source>Credit for each friend&apos;s visit (repeat visits count)</source>
        <translation>Kredit för varje besök av en vän (upprepade besök räknas)</translation>
    </message>
    <message>
        <source>Credit for each friend who visits</source>
        <translation>Kredit för varje vän som besöker</translation>
    </message>
    <message>
        <source>Credit for each friend who signs up</source>
        <translation>Kredit för varje vän som registrerar sig</translation>
    </message>
    <message>
        <source>Credit when a friend does {activities} (every time)</source>
        <translation>Kredit när en vän utför {activities} (varje gång)</translation>
    </message>
    <message>
        <source>Credit when a friend does {activities} (once per friend)</source>
        <translation>Kredit när en vän utför {activities} (en gång per vän)</translation>
    </message>
    <message>
        <source>no trigger activity yet</source>
        <translation>ingen utlösande aktivitet ännu</translation>
    </message>
    <message>
        <source>Credit when a friend fires “{event}”</source>
        <translation>Kredit när en vän utlöser ”{event}”</translation>
    </message>
    <message>
        <source>Credit for a JavaScript event (no name yet)</source>
        <translation>Kredit för en JavaScript-händelse (inget namn ännu)</translation>
    </message>
    <message>
        <source>{what} · {count} needed</source>
        <translation>{what} · {count} krävs</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Desktop entry not installed</source>
        <translation>Skrivbordsposten installerades inte</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <source>Desktop entry installed</source>
        <translation>Skrivbordsposten är installerad</translation>
    </message>
    <message>
        <source>Referral Studio is now in your desktop&apos;s application menu, with its icon.

The entry: {entry}</source>
        <translation>Referral Studio finns nu i skrivbordets programmeny, med sin ikon.

Posten: {entry}</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Once: a friend earns their referrer one credit, the first time they do a trigger activity; doing it again earns nothing. Every time: each trigger activity the friend does earns another credit.</source>
        <translation>En gång: en vän ger sin referent en kredit första gången vännen utför en utlösande aktivitet; att göra den igen ger ingenting. Varje gång: varje utlösande aktivitet som vännen utför ger ytterligare en kredit.</translation>
    </message>
    <message>
        <source>What earns a credit</source>
        <translation>Vad som ger en kredit</translation>
    </message>
    <message>
        <source>Who gets the credit</source>
        <translation>Vem som får krediten</translation>
    </message>
    <message>
        <source>A visit through a referrer&apos;s link credits that referrer. A sign-up, activity or JavaScript event without a referrer goes to a referrer whose link the friend visited before: the first one (first touch) or the latest (last touch), only among visits within the attribution window when one is set. Only new friends count: a person who had already signed up (or done the activity) earns nobody a credit the second time.</source>
        <translation>Ett besök via en referents länk krediterar den referenten. En registrering, aktivitet eller JavaScript-händelse utan referent går till en referent vars länk vännen besökte tidigare: den första (första kontakt) eller den senaste (senaste kontakt), bara bland besök inom tillskrivningsfönstret när ett sådant är angivet. Bara nya vänner räknas: en person som redan hade registrerat sig (eller utfört aktiviteten) ger ingen kredit andra gången.</translation>
    </message>
    <message>
        <source>What never counts</source>
        <translation>Vad som aldrig räknas</translation>
    </message>
    <message>
        <source>Events before the offer window starts or from its end on; a referrer&apos;s own visits and sign-ups (self-referrals); visits without a referral link; shares, which only feed the funnel.</source>
        <translation>Händelser innan erbjudandefönstret börjar eller från dess slut och framåt; en referents egna besök och registreringar (självhänvisningar); besök utan hänvisningslänk; delningar, som bara matar tratten.</translation>
    </message>
    <message>
        <source>Fulfillment and promo codes</source>
        <translation>Uppfyllande och kampanjkoder</translation>
    </message>
    <message>
        <source>When a referrer&apos;s credits reach the goal count, the offer is fulfilled for them: they get the next promo code in the list, while codes last, and the fulfillment email. With repeat rewards, each further goal count of credits fulfills it again, up to the most fulfillments set. Credits keep counting after the last fulfillment.</source>
        <translation>När en referents krediter når antalet för målet är erbjudandet uppfyllt för referenten: hen får nästa kampanjkod i listan, så länge koderna räcker, och uppfyllandemejlet. Med upprepade belöningar uppfylls det igen för varje nytt mål-antal krediter, upp till det högsta antalet uppfyllanden. Krediter fortsätter att räknas efter det sista uppfyllandet.</translation>
    </message>
    <message>
        <source>Credit Rules</source>
        <translation>Kreditregler</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>Referrer</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Fulfillments</source>
        <translation>Uppfyllanden</translation>
    </message>
    <message>
        <source>First fulfilled (UTC)</source>
        <translation>Först uppfyllt (UTC)</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Kampanjkoder</translation>
    </message>
    <message>
        <source>When the referrer first reached the goal, in UTC (empty: not yet)</source>
        <translation>När referenten först nådde målet, i UTC (tomt: inte än)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offer files (*{suffix});;JSON files (*.json);;All files (*)</source>
        <translation>Erbjudandefiler (*{suffix});;JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Referral Studio</source>
        <translation>Referral Studio</translation>
    </message>
    <message>
        <source>Marketing Activities</source>
        <translation>Marknadsföringsaktiviteter</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Lagringsfil: {path}</translation>
    </message>
    <message>
        <source>&amp;New Referral Offer…</source>
        <translation>&amp;Nytt hänvisningserbjudande…</translation>
    </message>
    <message>
        <source>New &amp;Program…</source>
        <translation>Nytt &amp;program…</translation>
    </message>
    <message>
        <source>Rena&amp;me Program…</source>
        <translation>Byt na&amp;mn på program…</translation>
    </message>
    <message>
        <source>Delete Pro&amp;gram…</source>
        <translation>Ta bort pro&amp;gram…</translation>
    </message>
    <message>
        <source>&amp;Edit Draft</source>
        <translation>&amp;Redigera utkast</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>&amp;Kassera utkast</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klona…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>&amp;Simulate…</source>
        <translation>&amp;Simulera…</translation>
    </message>
    <message>
        <source>Replay traffic against the selected offer</source>
        <translation>Spela upp trafik mot det valda erbjudandet</translation>
    </message>
    <message>
        <source>&amp;Forecast…</source>
        <translation>&amp;Prognos…</translation>
    </message>
    <message>
        <source>Forecast the selected offer and variants of it over many traffic runs</source>
        <translation>Gör en prognos för det valda erbjudandet och varianter av det över många trafikkörningar</translation>
    </message>
    <message>
        <source>&amp;Import Offer…</source>
        <translation>&amp;Importera erbjudande…</translation>
    </message>
    <message>
        <source>E&amp;xport Offer…</source>
        <translation>E&amp;xportera erbjudande…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Credit Rules</source>
        <translation>&amp;Kreditregler</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Install Desktop Entry</source>
        <translation>&amp;Installera skrivbordspost</translation>
    </message>
    <message>
        <source>Add Referral Studio with its icon to your desktop&apos;s application menu</source>
        <translation>Lägg till Referral Studio med sin ikon i skrivbordets programmeny</translation>
    </message>
    <message>
        <source>&amp;About Referral Studio</source>
        <translation>&amp;Om Referral Studio</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Öppna &amp;demoarbetsyta</translation>
    </message>
    <message>
        <source>Marketo&apos;s example offers, one per goal type, with an event log — your store is not touched</source>
        <translation>Marketos exempelerbjudanden, ett per måltyp, med en händelselogg — din egen lagringsfil rörs inte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Erbjudande</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Select a program in Marketing Activities first</source>
        <translation>Välj först ett program i Marknadsföringsaktiviteter</translation>
    </message>
    <message>
        <source>Select an offer in Marketing Activities first</source>
        <translation>Välj först ett erbjudande i Marknadsföringsaktiviteter</translation>
    </message>
    <message>
        <source>This offer has no draft: Edit Draft starts one</source>
        <translation>Erbjudandet har inget utkast: Redigera utkast påbörjar ett</translation>
    </message>
    <message>
        <source>This offer was never approved: there is no approved version to go back to</source>
        <translation>Erbjudandet har aldrig godkänts: det finns ingen godkänd version att gå tillbaka till</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Referral Studio shows the new language after a restart. Restart now? Your drafts are saved first.</source>
        <translation>Referral Studio visar det nya språket efter en omstart. Starta om nu? Dina utkast sparas först.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Starta om nu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Program “{program}”. Select one of its offers, or create one.</source>
        <translation>Program ”{program}”. Välj ett av dess erbjudanden eller skapa ett.</translation>
    </message>
    <message>
        <source>Select an offer in Marketing Activities to see it here.</source>
        <translation>Välj ett erbjudande i Marknadsföringsaktiviteter för att se det här.</translation>
    </message>
    <message>
        <source>New Referral Offer</source>
        <translation>Nytt hänvisningserbjudande</translation>
    </message>
    <message>
        <source>Demo Workspace — Referral Studio</source>
        <translation>Demoarbetsyta — Referral Studio</translation>
    </message>
    <message>
        <source>New Program</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Program name:</source>
        <translation>Programnamn:</translation>
    </message>
    <message>
        <source>Rename Program</source>
        <translation>Byt namn på program</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Delete Program</source>
        <translation>Ta bort program</translation>
    </message>
    <message>
        <source>Delete the program “{name}” and every offer in it? This cannot be undone.</source>
        <translation>Ta bort programmet ”{name}” och alla erbjudanden i det? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Demoarbetsyta</translation>
    </message>
    <message>
        <source>The demo workspace could not be built in {folder}: {error}</source>
        <translation>Demoarbetsytan kunde inte byggas i {folder}: {error}</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Kassera utkast</translation>
    </message>
    <message>
        <source>Discard the draft of “{name}” and keep the approved version?</source>
        <translation>Kassera utkastet till ”{name}” och behålla den godkända versionen?</translation>
    </message>
    <message>
        <source>Clone Offer</source>
        <translation>Klona erbjudande</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Kopians namn:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <source>Rename Offer</source>
        <translation>Byt namn på erbjudande</translation>
    </message>
    <message>
        <source>Delete Offer</source>
        <translation>Ta bort erbjudande</translation>
    </message>
    <message>
        <source>Delete “{name}” with its approved version, draft and history? This cannot be undone.</source>
        <translation>Ta bort ”{name}” med dess godkända version, utkast och historik? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Återställ revision</translation>
    </message>
    <message>
        <source>Import Offer</source>
        <translation>Importera erbjudande</translation>
    </message>
    <message>
        <source>Offer not imported</source>
        <translation>Erbjudandet importerades inte</translation>
    </message>
    <message>
        <source>Export Offer</source>
        <translation>Exportera erbjudande</translation>
    </message>
    <message>
        <source>Offer not exported</source>
        <translation>Erbjudandet exporterades inte</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}</source>
        <translation>Exporterade ”{name}” till {path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Event kind:</source>
        <translation>Händelsetyp:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Referrer:</source>
        <translation>Referent:</translation>
    </message>
    <message>
        <source>Activity name:</source>
        <translation>Aktivitetsnamn:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-adress:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Fraud label:</source>
        <translation>Bedrägerietikett:</translation>
    </message>
    <message>
        <source>The export&apos;s column that holds the event log&apos;s {field} (JSON Lines: a dotted path such as a.b)</source>
        <translation>Exportens kolumn som innehåller händelseloggens {field} (JSON Lines: en punktad sökväg som a.b)</translation>
    </message>
    <message>
        <source>The event kind this value stands for; (skip) leaves its rows out, counted</source>
        <translation>Händelsetypen som värdet står för; (ignorera) utelämnar dess rader och räknar dem</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Lodstreck ( | )</translation>
    </message>
    <message>
        <source>ISO 8601 (2027-03-01T09:30:00Z)</source>
        <translation>ISO 8601 (2027-03-01T09:30:00Z)</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix-sekunder</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Unix-millisekunder</translation>
    </message>
    <message>
        <source>Unix microseconds</source>
        <translation>Unix-mikrosekunder</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(ignorera)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Import Event Log — {name}</source>
        <translation>Importera händelselogg — {name}</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>CSV (any separator) or JSON Lines: one JSON object a line</source>
        <translation>CSV (valfri avgränsare) eller JSON Lines: ett JSON-objekt per rad</translation>
    </message>
    <message>
        <source>What separates the columns; Detect reads the first lines</source>
        <translation>Det som skiljer kolumnerna åt; Automatiskt läser de första raderna</translation>
    </message>
    <message>
        <source>A byte-order mark in the file wins over this.</source>
        <translation>En byteordningsmarkering (BOM) i filen går före det här valet.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>The first rows as the file will be read</source>
        <translation>De första raderna så som filen kommer att läsas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>A choice, or a strftime pattern such as %d/%m/%Y %H:%M</source>
        <translation>Ett av valen, eller ett strftime-mönster som %d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <source>The IANA time zone of times written without an offset</source>
        <translation>IANA-tidszonen för tider som skrivs utan UTC-förskjutning</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Skrivs som:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zon:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event kinds (values not mapped are skipped and counted)</source>
        <translation>Händelsetyper (omappade värden hoppas över och räknas)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>The mapping</source>
        <translation>Mappningen</translation>
    </message>
    <message>
        <source>Choose the column of: {fields}.</source>
        <translation>Välj kolumnen för: {fields}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a kind mapped</source>
        <translation>
            <numerusform>%Ln utan mappad händelsetyp</numerusform>
            <numerusform>%Ln utan mappad händelsetyp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a bad time</source>
        <translation>
            <numerusform>%Ln med ogiltig tid</numerusform>
            <numerusform>%Ln med ogiltig tid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a person</source>
        <translation>
            <numerusform>%Ln utan person</numerusform>
            <numerusform>%Ln utan person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln oläsbar</numerusform>
            <numerusform>%Ln oläsbara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows will be read</source>
        <translation>
            <numerusform>%Ln rad kommer att läsas</numerusform>
            <numerusform>%Ln rader kommer att läsas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln hoppas över</numerusform>
            <numerusform>%Ln hoppas över</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameClashDialog</name>
    <message>
        <source>Name Already Taken</source>
        <translation>Namnet är redan upptaget</translation>
    </message>
    <message>
        <source>An offer named “{name}” already exists. Import this one under another name:</source>
        <translation>Det finns redan ett erbjudande som heter ”{name}”. Importera det här under ett annat namn:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Skriv ett namn.</translation>
    </message>
    <message>
        <source>That name is taken too.</source>
        <translation>Det namnet är också upptaget.</translation>
    </message>
</context>
<context>
    <name>NewOfferDialog</name>
    <message>
        <source>New Referral Offer</source>
        <translation>Nytt hänvisningserbjudande</translation>
    </message>
    <message>
        <source>e.g. Spring referral offer</source>
        <translation>t.ex. Vårens hänvisningserbjudande</translation>
    </message>
    <message>
        <source>Referral Offers</source>
        <translation>Hänvisningserbjudanden</translation>
    </message>
    <message>
        <source>(start from a blank offer)</source>
        <translation>(börja från ett tomt erbjudande)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Clone From:</source>
        <translation>&amp;Klona från:</translation>
    </message>
    <message>
        <source>An offer with this name already exists.</source>
        <translation>Det finns redan ett erbjudande med det namnet.</translation>
    </message>
    <message>
        <source>Give the offer a name first</source>
        <translation>Ge först erbjudandet ett namn</translation>
    </message>
</context>
<context>
    <name>OfferChanges</name>
    <message>
        <source>fulfillment goal</source>
        <translation>uppfyllandemål</translation>
    </message>
    <message>
        <source>goal count</source>
        <translation>antal för målet</translation>
    </message>
    <message>
        <source>count repeat visits</source>
        <translation>räkna upprepade besök</translation>
    </message>
    <message>
        <source>trigger activities</source>
        <translation>utlösande aktiviteter</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>kvalificering</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>händelsenamn</translation>
    </message>
    <message>
        <source>offer starts</source>
        <translation>erbjudandet börjar</translation>
    </message>
    <message>
        <source>offer ends</source>
        <translation>erbjudandet slutar</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>tillskrivning</translation>
    </message>
    <message>
        <source>attribution window (days)</source>
        <translation>tillskrivningsfönster (dagar)</translation>
    </message>
    <message>
        <source>repeat rewards</source>
        <translation>upprepade belöningar</translation>
    </message>
    <message>
        <source>most fulfillments</source>
        <translation>högsta antal uppfyllanden</translation>
    </message>
    <message>
        <source>promo codes</source>
        <translation>kampanjkoder</translation>
    </message>
    <message>
        <source>used by Give Credit to Referrer</source>
        <translation>används av Ge kredit till referent</translation>
    </message>
    <message>
        <source>sign-up email</source>
        <translation>registreringsmejl</translation>
    </message>
    <message>
        <source>fulfillment email</source>
        <translation>uppfyllandemejl</translation>
    </message>
    <message>
        <source>email delivery</source>
        <translation>mejlutskick</translation>
    </message>
    <message>
        <source>rules URL</source>
        <translation>regel-URL</translation>
    </message>
    <message>
        <source>privacy policy shown</source>
        <translation>integritetspolicy visas</translation>
    </message>
    <message>
        <source>privacy policy title</source>
        <translation>integritetspolicyns rubrik</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>integritetspolicyns URL</translation>
    </message>
    <message>
        <source>share URL points to</source>
        <translation>delningslänken pekar på</translation>
    </message>
    <message>
        <source>share URL</source>
        <translation>delningslänk</translation>
    </message>
    <message>
        <source>automatically when the goal is reached</source>
        <translation>automatiskt när målet nås</translation>
    </message>
    <message>
        <source>manually</source>
        <translation>manuellt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln kod</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message>
        <source>not used</source>
        <translation>används inte</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(ändrade)</translation>
    </message>
</context>
<context>
    <name>OfferDetails</name>
    <message>
        <source>Before approval</source>
        <translation>Före godkännande</translation>
    </message>
    <message>
        <source>Revision history of the draft</source>
        <translation>Utkastets revisionshistorik</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revisionshistorik</translation>
    </message>
    <message>
        <source>Compare Draft with &amp;Approved…</source>
        <translation>Jämför utkast med &amp;godkänd…</translation>
    </message>
    <message>
        <source>Show the draft and the approved version side by side</source>
        <translation>Visa utkastet och den godkända versionen sida vid sida</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Återställ denna revision</translation>
    </message>
    <message>
        <source>Make the selected revision the draft again (as a new revision)</source>
        <translation>Gör den valda revisionen till utkast igen (som en ny revision)</translation>
    </message>
    <message>
        <source>Select an offer in Marketing Activities to see it here.</source>
        <translation>Välj ett erbjudande i Marknadsföringsaktiviteter för att se det här.</translation>
    </message>
    <message>
        <source>Program: {program} · State: {state}</source>
        <translation>Program: {program} · Status: {state}</translation>
    </message>
    <message>
        <source>Nothing blocks approval.</source>
        <translation>Inget hindrar godkännande.</translation>
    </message>
    <message>
        <source>There is nothing to compare: the offer needs both a draft and an approved version</source>
        <translation>Inget att jämföra: erbjudandet behöver både ett utkast och en godkänd version</translation>
    </message>
    <message>
        <source>approved version</source>
        <translation>godkänd version</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>första versionen</translation>
    </message>
    <message>
        <source>no change from the revision before</source>
        <translation>ingen ändring från revisionen före</translation>
    </message>
    <message>
        <source>Select a revision to see what restoring it would change.</source>
        <translation>Välj en revision för att se vad en återställning skulle ändra.</translation>
    </message>
    <message>
        <source>Restoring revision {number} would change: {changes}.</source>
        <translation>Att återställa revision {number} skulle ändra: {changes}.</translation>
    </message>
    <message>
        <source>Revision {number} is what the offer holds now; restoring it changes nothing.</source>
        <translation>Revision {number} är vad erbjudandet innehåller nu; en återställning ändrar ingenting.</translation>
    </message>
    <message>
        <source>Runs from {start} to {end}</source>
        <translation>Pågår från {start} till {end}</translation>
    </message>
    <message>
        <source>Runs from {start}, with no end</source>
        <translation>Pågår från {start}, utan slut</translation>
    </message>
    <message>
        <source>Runs until {end}</source>
        <translation>Pågår till {end}</translation>
    </message>
    <message>
        <source>within 1 day</source>
        <translation>inom 1 dag</translation>
    </message>
    <message>
        <source>Attribution: first touch</source>
        <translation>Tillskrivning: första kontakt</translation>
    </message>
    <message>
        <source>Attribution: last touch</source>
        <translation>Tillskrivning: senaste kontakt</translation>
    </message>
    <message>
        <source>within {days} days</source>
        <translation>inom {days} dagar</translation>
    </message>
    <message>
        <source>one reward per referrer</source>
        <translation>en belöning per referent</translation>
    </message>
    <message>
        <source>repeat rewards, at most {count}</source>
        <translation>upprepade belöningar, högst {count}</translation>
    </message>
    <message>
        <source>repeat rewards</source>
        <translation>upprepade belöningar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln promo codes</source>
        <translation>
            <numerusform>%Ln kampanjkod</numerusform>
            <numerusform>%Ln kampanjkoder</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {number} · saved {saved} UTC</source>
        <translation>Revision {number} · sparad {saved} UTC</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>Offer Details</source>
        <translation>Erbjudandeinformation</translation>
    </message>
    <message>
        <source>Advanced Options</source>
        <translation>Avancerade alternativ</translation>
    </message>
    <message>
        <source>Rewards &amp; Attribution</source>
        <translation>Belöningar och tillskrivning</translation>
    </message>
    <message>
        <source>Fraud &amp; Holds</source>
        <translation>Bedrägeri och karens</translation>
    </message>
    <message>
        <source>{name} — Edit Draft[*] — Referral Studio</source>
        <translation>{name} — Redigera utkast[*] — Referral Studio</translation>
    </message>
    <message>
        <source>Editor sections</source>
        <translation>Redigerarens avsnitt</translation>
    </message>
    <message>
        <source>App Settings</source>
        <translation>Appinställningar</translation>
    </message>
    <message>
        <source>Problems that block approval</source>
        <translation>Problem som hindrar godkännande</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nästa ▶</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close, keeping the draft</source>
        <translation>Stäng och behåll utkastet</translation>
    </message>
    <message>
        <source>&amp;Approve and Close</source>
        <translation>&amp;Godkänn och stäng</translation>
    </message>
    <message>
        <source>Approve and close</source>
        <translation>Godkänn och stäng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; (click one to go to its field)</source>
        <translation>&lt;b&gt;Problem&lt;/b&gt; (klicka på ett för att gå till dess fält)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Erbjudande</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>Approve and Close</source>
        <translation>Godkänn och stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Fulfillment goal</source>
        <translation>Uppfyllandemål</translation>
    </message>
    <message>
        <source>Fulfillment Goal</source>
        <translation>Uppfyllandemål</translation>
    </message>
    <message>
        <source>Fulfillment &amp;Goal:</source>
        <translation>Uppfyllande&amp;mål:</translation>
    </message>
    <message>
        <source>Goal count</source>
        <translation>Antal för målet</translation>
    </message>
    <message>
        <source>How many credits a referrer needs to be fulfilled</source>
        <translation>Hur många krediter en referent behöver för att uppfyllas</translation>
    </message>
    <message>
        <source>The goal count must be at least 1: with 0, nobody could ever be fulfilled.</source>
        <translation>Antalet för målet måste vara minst 1: med 0 skulle ingen någonsin kunna uppfyllas.</translation>
    </message>
    <message>
        <source>Goal Count</source>
        <translation>Antal för målet</translation>
    </message>
    <message>
        <source>Goal &amp;Count:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>Count repeat visits by the same friend</source>
        <translation>Räkna upprepade besök av samma vän</translation>
    </message>
    <message>
        <source>Count repeat visits</source>
        <translation>Räkna upprepade besök</translation>
    </message>
    <message>
        <source>Count Repeat Visits</source>
        <translation>Räkna upprepade besök</translation>
    </message>
    <message>
        <source>Trigger activities, one per line</source>
        <translation>Utlösande aktiviteter, en per rad</translation>
    </message>
    <message>
        <source>One activity per line, e.g. Opportunity Created</source>
        <translation>En aktivitet per rad, t.ex. Opportunity Created</translation>
    </message>
    <message>
        <source>Trigger Activities</source>
        <translation>Utlösande aktiviteter</translation>
    </message>
    <message>
        <source>&amp;Trigger Activities:</source>
        <translation>&amp;Utlösande aktiviteter:</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalificering</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>varje gång</translation>
    </message>
    <message>
        <source>once</source>
        <translation>en gång</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>&amp;Kvalificering:</translation>
    </message>
    <message>
        <source>Custom event name</source>
        <translation>Anpassat händelsenamn</translation>
    </message>
    <message>
        <source>The event name your page&apos;s JavaScript sends, exactly</source>
        <translation>Händelsenamnet som sidans JavaScript skickar, exakt</translation>
    </message>
    <message>
        <source>Event Name</source>
        <translation>Händelsenamn</translation>
    </message>
    <message>
        <source>&amp;Event Name:</source>
        <translation>&amp;Händelsenamn:</translation>
    </message>
    <message>
        <source>Used by a Give Credit to Referrer flow step</source>
        <translation>Används av flödessteget Ge kredit till referent</translation>
    </message>
    <message>
        <source>Used by Give Credit to Referrer</source>
        <translation>Används av Ge kredit till referent</translation>
    </message>
    <message>
        <source>Give Credit to Referrer</source>
        <translation>Ge kredit till referent</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Sign-up email</source>
        <translation>Registreringsmejl</translation>
    </message>
    <message>
        <source>Email sent when someone signs up for the offer</source>
        <translation>Mejl som skickas när någon registrerar sig för erbjudandet</translation>
    </message>
    <message>
        <source>Sign-Up Email</source>
        <translation>Registreringsmejl</translation>
    </message>
    <message>
        <source>&amp;Sign-Up Email:</source>
        <translation>&amp;Registreringsmejl:</translation>
    </message>
    <message>
        <source>Fulfillment email</source>
        <translation>Uppfyllandemejl</translation>
    </message>
    <message>
        <source>Email sent when a referrer reaches the goal</source>
        <translation>Mejl som skickas när en referent når målet</translation>
    </message>
    <message>
        <source>Fulfillment Email</source>
        <translation>Uppfyllandemejl</translation>
    </message>
    <message>
        <source>&amp;Fulfillment Email:</source>
        <translation>&amp;Uppfyllandemejl:</translation>
    </message>
    <message>
        <source>Fulfillment delivery</source>
        <translation>Leverans vid uppfyllande</translation>
    </message>
    <message>
        <source>Automatically when the goal is reached</source>
        <translation>Automatiskt när målet nås</translation>
    </message>
    <message>
        <source>Manually</source>
        <translation>Manuellt</translation>
    </message>
    <message>
        <source>Fulfillment Delivery</source>
        <translation>Leverans av uppfyllande</translation>
    </message>
    <message>
        <source>Fulfillment &amp;Delivery:</source>
        <translation>&amp;Leverans:</translation>
    </message>
    <message>
        <source>Promo Codes</source>
        <translation>Kampanjkoder</translation>
    </message>
    <message>
        <source>Offer Rules</source>
        <translation>Erbjudandets regler</translation>
    </message>
    <message>
        <source>Rules URL</source>
        <translation>Regel-URL</translation>
    </message>
    <message>
        <source>&amp;Rules URL:</source>
        <translation>&amp;Regel-URL:</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Integritetspolicy</translation>
    </message>
    <message>
        <source>Show a privacy policy link on the offer&apos;s forms</source>
        <translation>Visa en länk till integritetspolicyn i erbjudandets formulär</translation>
    </message>
    <message>
        <source>Show privacy policy</source>
        <translation>Visa integritetspolicy</translation>
    </message>
    <message>
        <source>Show Privacy Policy</source>
        <translation>Visa integritetspolicy</translation>
    </message>
    <message>
        <source>Privacy policy title</source>
        <translation>Integritetspolicyns rubrik</translation>
    </message>
    <message>
        <source>Privacy Policy Title</source>
        <translation>Integritetspolicyns rubrik</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>Integritetspolicyns URL</translation>
    </message>
    <message>
        <source>Privacy Policy URL</source>
        <translation>Integritetspolicyns URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Share URL</source>
        <translation>Delnings-URL</translation>
    </message>
    <message>
        <source>The referring page</source>
        <translation>Den hänvisande sidan</translation>
    </message>
    <message>
        <source>Another landing page</source>
        <translation>En annan landningssida</translation>
    </message>
    <message>
        <source>An external URL</source>
        <translation>En extern URL</translation>
    </message>
    <message>
        <source>Shared links &amp;open:</source>
        <translation>Delade länkar &amp;öppnar:</translation>
    </message>
    <message>
        <source>Share URL address</source>
        <translation>Delnings-URL:ens adress</translation>
    </message>
    <message>
        <source>Share URL Address</source>
        <translation>Delnings-URL:ens adress</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Offer Window (UTC)</source>
        <translation>Erbjudandets period (UTC)</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>Offer starts</source>
        <translation>Erbjudandet börjar</translation>
    </message>
    <message>
        <source>Offer starts on a date</source>
        <translation>Erbjudandet börjar ett visst datum</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>Offer ends</source>
        <translation>Erbjudandet slutar</translation>
    </message>
    <message>
        <source>Offer ends on a date</source>
        <translation>Erbjudandet slutar ett visst datum</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Tillskrivning</translation>
    </message>
    <message>
        <source>Attribution model</source>
        <translation>Tillskrivningsmodell</translation>
    </message>
    <message>
        <source>First touch: the earliest referred visit</source>
        <translation>Första kontakt: det tidigaste refererade besöket</translation>
    </message>
    <message>
        <source>Last touch: the latest referred visit</source>
        <translation>Senaste kontakt: det senaste refererade besöket</translation>
    </message>
    <message>
        <source>Attribution Model</source>
        <translation>Tillskrivningsmodell</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Only visits within</source>
        <translation>Bara besök inom</translation>
    </message>
    <message>
        <source>Limit the attribution window</source>
        <translation>Begränsa tillskrivningsfönstret</translation>
    </message>
    <message>
        <source>Attribution window in days</source>
        <translation>Tillskrivningsfönster i dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Attribution Window</source>
        <translation>Tillskrivningsfönster</translation>
    </message>
    <message>
        <source>before the sign-up or event</source>
        <translation>före registreringen eller händelsen</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fönster:</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belöningar</translation>
    </message>
    <message>
        <source>Reward again each time the goal count is reached again</source>
        <translation>Belöna igen varje gång målets antal nås igen</translation>
    </message>
    <message>
        <source>Repeat rewards</source>
        <translation>Upprepade belöningar</translation>
    </message>
    <message>
        <source>Repeat Rewards</source>
        <translation>Upprepade belöningar</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>Limit fulfillments</source>
        <translation>Begränsa uppfyllanden</translation>
    </message>
    <message>
        <source>Maximum fulfillments per referrer</source>
        <translation>Högsta antal uppfyllanden per referent</translation>
    </message>
    <message>
        <source>Max Fulfillments</source>
        <translation>Högsta antal uppfyllanden</translation>
    </message>
    <message>
        <source>fulfillments per referrer</source>
        <translation>uppfyllanden per referent</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Gräns:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln promo codes loaded</source>
        <translation>
            <numerusform>%Ln kampanjkod inläst</numerusform>
            <numerusform>%Ln kampanjkoder inlästa</numerusform>
        </translation>
    </message>
    <message>
        <source>No promo codes</source>
        <translation>Inga kampanjkoder</translation>
    </message>
    <message>
        <source>Ready to approve.</source>
        <translation>Klart att godkänna.</translation>
    </message>
    <message>
        <source>Approve the draft and close the editor</source>
        <translation>Godkänn utkastet och stäng redigeraren</translation>
    </message>
    <message>
        <source>Fix the problems listed above first: they block approval</source>
        <translation>Åtgärda först problemen ovan: de hindrar godkännande</translation>
    </message>
    <message>
        <source>Fix the problems listed above to approve</source>
        <translation>Åtgärda problemen ovan för att kunna godkänna</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Osparade ändringar…</translation>
    </message>
    <message>
        <source>App Settings › {section}</source>
        <translation>Appinställningar › {section}</translation>
    </message>
    <message>
        <source>Not saved — retrying every {seconds} s</source>
        <translation>Inte sparat — försöker igen var {seconds}:e s</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Utkastet sparades inte</translation>
    </message>
    <message>
        <source>The draft could not be saved; your edits are kept here and saving is retried every {seconds} s.

{error}</source>
        <translation>Utkastet kunde inte sparas; dina ändringar finns kvar här och sparandet försöks igen var {seconds}:e sekund.

{error}</translation>
    </message>
    <message>
        <source>Saved · revision {number}</source>
        <translation>Sparat · revision {number}</translation>
    </message>
    <message>
        <source>Same as the approved version · no draft</source>
        <translation>Samma som den godkända versionen · inget utkast</translation>
    </message>
    <message>
        <source>The draft changed elsewhere</source>
        <translation>Utkastet ändrades på annat håll</translation>
    </message>
    <message>
        <source>Another window saved this draft (revision {number}) after you opened it.</source>
        <translation>Ett annat fönster sparade utkastet (revision {number}) efter att du öppnade det.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Behåll mitt</translation>
    </message>
    <message>
        <source>Use Theirs</source>
        <translation>Använd deras</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Stäng utan att spara?</translation>
    </message>
    <message>
        <source>The draft could not be saved. Close anyway and lose the latest edits?</source>
        <translation>Utkastet kunde inte sparas. Stäng ändå och förlora de senaste ändringarna?</translation>
    </message>
</context>
<context>
    <name>OfferState</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Approved · draft</source>
        <translation>Godkänt · utkast</translation>
    </message>
</context>
<context>
    <name>OfferWindow</name>
    <message>
        <source>The traffic holds no events, so nothing could be counted.</source>
        <translation>Trafiken innehåller inga händelser, så inget kunde räknas.</translation>
    </message>
    <message>
        <source>The offer window ends ({end}) no later than it starts ({start}), so it holds no time.</source>
        <translation>Erbjudandefönstret slutar ({end}) senast när det börjar ({start}), så det rymmer ingen tid.</translation>
    </message>
    <message>
        <source>No event falls inside the offer window: the traffic ends {last}, before the window starts {start}.</source>
        <translation>Ingen händelse faller inom erbjudandefönstret: trafiken slutar {last}, innan fönstret börjar {start}.</translation>
    </message>
    <message>
        <source>No event falls inside the offer window: the traffic starts {first}, after the window ends {end}.</source>
        <translation>Ingen händelse faller inom erbjudandefönstret: trafiken börjar {first}, efter att fönstret slutat {end}.</translation>
    </message>
    <message>
        <source>No event falls inside the offer window ({start} – {end}); the traffic runs {first} – {last}.</source>
        <translation>Ingen händelse faller inom erbjudandefönstret ({start} – {end}); trafiken pågår {first} – {last}.</translation>
    </message>
    <message>
        <source>Move the window, or start the traffic at the window&apos;s start.</source>
        <translation>Flytta fönstret, eller låt trafiken börja när fönstret börjar.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter — Referral Studio</source>
        <translation>Presentation — Referral Studio</translation>
    </message>
    <message>
        <source>Space: pause or play · ← →: previous or next goal type · Esc: leave</source>
        <translation>Mellanslag: pausa eller spela · ← →: föregående eller nästa måltyp · Esc: avsluta</translation>
    </message>
    <message>
        <source>{series}: {credited} credited, {fulfilled} fulfilled</source>
        <translation>{series}: {credited} krediterade, {fulfilled} uppfyllda</translation>
    </message>
    <message>
        <source>{credited} credited · {fulfilled} fulfilled · {time} UTC</source>
        <translation>{credited} krediterade · {fulfilled} uppfyllda · {time} UTC</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Blocks approval</source>
        <translation>Hindrar godkännande</translation>
    </message>
    <message>
        <source>A warning; approval is still possible</source>
        <translation>En varning; godkännande är fortfarande möjligt</translation>
    </message>
</context>
<context>
    <name>PromoCodesEditor</name>
    <message>
        <source>Promo codes</source>
        <translation>Kampanjkoder</translation>
    </message>
    <message>
        <source>Double-click a code to change it; spaces at a code&apos;s ends show as ·</source>
        <translation>Dubbelklicka på en kod för att ändra den; mellanslag i kodens ändar visas som ·</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add a code at the end of the list and edit it</source>
        <translation>Lägg till en kod sist i listan och redigera den</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected code</source>
        <translation>Ta bort den valda koden</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Ladda upp…</translation>
    </message>
    <message>
        <source>Load codes from a .txt file, one per line (replace or append)</source>
        <translation>Läs in koder från en .txt-fil, en per rad (ersätt eller lägg till)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Remove every code</source>
        <translation>Ta bort alla koder</translation>
    </message>
    <message>
        <source>Clear Promo Codes</source>
        <translation>Töm kampanjkoder</translation>
    </message>
    <message>
        <source>Remove Promo Code</source>
        <translation>Ta bort kampanjkod</translation>
    </message>
    <message>
        <source>Promo codes not loaded</source>
        <translation>Kampanjkoderna lästes inte in</translation>
    </message>
    <message>
        <source>Replace the offer&apos;s codes ({count}) with the file&apos;s ({loaded}), or add the file&apos;s after them?</source>
        <translation>Ersätta erbjudandets koder ({count}) med filens ({loaded}), eller lägga till filens koder efter dem?</translation>
    </message>
    <message>
        <source>{code} was listed already, so the repeat was left out: a code is given out once.</source>
        <translation>{code} fanns redan i listan, så dubbletten utelämnades: en kod delas bara ut en gång.</translation>
    </message>
    <message>
        <source>{count} codes were listed already, so their repeats were left out ({codes}): a code is given out once.</source>
        <translation>{count} koder fanns redan i listan, så deras upprepningar utelämnades ({codes}): en kod delas ut en gång.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Lägg till efter</translation>
    </message>
    <message>
        <source>Load Promo Codes</source>
        <translation>Läs in kampanjkoder</translation>
    </message>
    <message>
        <source>Upload Promo Codes</source>
        <translation>Ladda upp kampanjkoder</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add Promo Code</source>
        <translation>Lägg till kampanjkod</translation>
    </message>
    <message>
        <source>Edit Promo Code</source>
        <translation>Ändra kampanjkod</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>no event of {person} decides a credit under this offer</source>
        <translation>ingen händelse från {person} avgör en kredit under det här erbjudandet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <source>Rules&apos; time (UTC)</source>
        <translation>Reglernas tid (UTC)</translation>
    </message>
    <message>
        <source>Platform&apos;s time (UTC)</source>
        <translation>Plattformens tid (UTC)</translation>
    </message>
    <message>
        <source>Rules&apos; referrer</source>
        <translation>Reglernas referent</translation>
    </message>
    <message>
        <source>Platform&apos;s referrer</source>
        <translation>Plattformens referent</translation>
    </message>
    <message>
        <source>Log line</source>
        <translation>Loggrad</translation>
    </message>
    <message>
        <source>Why (the rules&apos; verdict)</source>
        <translation>Varför (reglernas bedömning)</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>stämmer</translation>
    </message>
    <message>
        <source>time differs</source>
        <translation>annan tid</translation>
    </message>
    <message>
        <source>other referrer</source>
        <translation>annan referent</translation>
    </message>
    <message>
        <source>missing on the platform</source>
        <translation>saknas på plattformen</translation>
    </message>
    <message>
        <source>extra on the platform</source>
        <translation>extra på plattformen</translation>
    </message>
    <message>
        <source>Reconcile with Platform Credits</source>
        <translation>Stäm av mot plattformens krediter</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>Double-click a difference, or press Enter, for Why this credit</source>
        <translation>Dubbelklicka på en skillnad, eller tryck på Retur, för Varför denna kredit</translation>
    </message>
    <message>
        <source>Open a row (double-click or Enter) to see Why this credit for its friend.</source>
        <translation>Öppna en rad (dubbelklick eller Retur) för att se Varför denna kredit för radens vän.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln differences</source>
        <translation>
            <numerusform>%Ln skillnad</numerusform>
            <numerusform>%Ln skillnader</numerusform>
        </translation>
    </message>
    <message>
        <source>every credit matches</source>
        <translation>alla krediter stämmer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; against the rules: {verdict} ({tally}).</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; mot reglerna: {verdict} ({tally}).</translation>
    </message>
    <message>
        <source>Reconcile with Platform &amp;Credits…</source>
        <translation>Stäm &amp;av mot plattformens krediter…</translation>
    </message>
    <message>
        <source>Compare a live platform&apos;s credits (CSV: time, referrer, person) with this run&apos;s</source>
        <translation>Jämför krediterna från en plattform i drift (CSV: time, referrer, person) med den här körningens</translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation>Kör en simulering först.</translation>
    </message>
    <message>
        <source>Platform Credits</source>
        <translation>Plattformens krediter</translation>
    </message>
    <message>
        <source>Credits (*.csv);;All files (*)</source>
        <translation>Krediter (*.csv);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ReferrersChart</name>
    <message>
        <source>Referrers</source>
        <translation>Referenter</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Referrers: solid credited, dashed fulfilled</source>
        <translation>Referenter: heldragen krediterade, streckad uppfyllda</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>markör</translation>
    </message>
    <message>
        <source>Run a simulation to see credited and fulfilled referrers over time.</source>
        <translation>Kör en simulering för att se krediterade och uppfyllda referenter över tid.</translation>
    </message>
    <message>
        <source>No referrer earned a credit in this run.</source>
        <translation>Ingen referent fick någon kredit i den här körningen.</translation>
    </message>
    <message>
        <source>offer starts</source>
        <translation>erbjudandet börjar</translation>
    </message>
    <message>
        <source>offer ends</source>
        <translation>erbjudandet slutar</translation>
    </message>
    <message>
        <source>{series}: {credited} credited, {fulfilled} fulfilled</source>
        <translation>{series}: {credited} krediterade, {fulfilled} uppfyllda</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>the draft cannot be approved: {problems}</source>
        <translation>utkastet kan inte godkännas: {problems}</translation>
    </message>
    <message>
        <source>the draft was changed elsewhere (revision {actual}, this window had {expected}); reload it or keep your version</source>
        <translation>utkastet ändrades på annat håll (revision {actual}, det här fönstret hade {expected}); läs in det igen eller behåll din version</translation>
    </message>
    <message>
        <source>there is no program named {name}</source>
        <translation>det finns inget program som heter {name}</translation>
    </message>
    <message>
        <source>a program needs a name</source>
        <translation>ett program behöver ett namn</translation>
    </message>
    <message>
        <source>a program named {name} already exists</source>
        <translation>ett program som heter {name} finns redan</translation>
    </message>
    <message>
        <source>there is no offer named {name}</source>
        <translation>det finns inget erbjudande som heter {name}</translation>
    </message>
    <message>
        <source>an offer needs a name</source>
        <translation>ett erbjudande behöver ett namn</translation>
    </message>
    <message>
        <source>an offer named {name} already exists; choose another name (nothing was overwritten)</source>
        <translation>ett erbjudande som heter {name} finns redan; välj ett annat namn (inget skrevs över)</translation>
    </message>
    <message>
        <source>offer {name} has no draft to approve</source>
        <translation>erbjudandet {name} har inget utkast att godkänna</translation>
    </message>
    <message>
        <source>offer {name} has no draft to discard</source>
        <translation>erbjudandet {name} har inget utkast att förkasta</translation>
    </message>
    <message>
        <source>offer {name} was never approved, so its draft is all there is; delete the offer instead</source>
        <translation>erbjudandet {name} har aldrig godkänts, så utkastet är allt som finns; radera erbjudandet i stället</translation>
    </message>
    <message>
        <source>offer {name} has no revision {number}</source>
        <translation>erbjudandet {name} har ingen revision {number}</translation>
    </message>
</context>
<context>
    <name>Response</name>
    <message>
        <source>Shares come faster as the next reward nears: 1 + goal_gradient × progress times the usual rate. Source: Kivetz, Urminsky &amp; Zheng (2006), The Goal-Gradient Hypothesis Resurrected.</source>
        <translation>Delningarna kommer tätare ju närmare nästa belöning är: 1 + goal_gradient × framsteg gånger den vanliga takten. Källa: Kivetz, Urminsky &amp; Zheng (2006), The Goal-Gradient Hypothesis Resurrected.</translation>
    </message>
    <message>
        <source>Sharing once a referrer can earn nothing more, as a multiple of the usual rate (1: unchanged). Source: post-reward resetting in Kivetz, Urminsky &amp; Zheng (2006).</source>
        <translation>Delandet när en referent inte kan tjäna in något mer, som en multipel av den vanliga takten (1: oförändrat). Källa: återställning efter belöningen (post-reward resetting) i Kivetz, Urminsky &amp; Zheng (2006).</translation>
    </message>
    <message>
        <source>How the share of participants who share follows the reward per credit: (reward ÷ base reward) to this power. Source: Ryu &amp; Feick (2007), A Penny for Your Thoughts; the size is not established.</source>
        <translation>Hur andelen deltagare som delar följer belöningen per kredit: (belöning ÷ grundbelöning) upphöjt till detta tal. Källa: Ryu &amp; Feick (2007), A Penny for Your Thoughts; storleken är inte fastställd.</translation>
    </message>
    <message>
        <source>How much more often friends sign up when the friend is rewarded and the base offer does not reward them. Source: Gershon, Cryder &amp; John (2020), Why Prosocial Referral Incentives Work; the size is not established.</source>
        <translation>Hur mycket oftare vänner registrerar sig när vännen belönas och grunderbjudandet inte belönar dem. Källa: Gershon, Cryder &amp; John (2020), Why Prosocial Referral Incentives Work; storleken är inte fastställd.</translation>
    </message>
</context>
<context>
    <name>ResponseEffect</name>
    <message>
        <source>Sharing speeds up near a reward</source>
        <translation>Delandet tar fart nära en belöning</translation>
    </message>
    <message>
        <source>Sharing once nothing more can be earned</source>
        <translation>Delandet när inget mer kan tjänas in</translation>
    </message>
    <message>
        <source>More sharers for a bigger reward</source>
        <translation>Fler delare vid större belöning</translation>
    </message>
    <message>
        <source>More friends sign up when rewarded</source>
        <translation>Fler vänner registrerar sig när de belönas</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Credited referrers</source>
        <translation>Krediterade referenter</translation>
    </message>
    <message>
        <source>Fulfilled referrers</source>
        <translation>Uppfyllda referenter</translation>
    </message>
    <message>
        <source>Fulfillments</source>
        <translation>Uppfyllanden</translation>
    </message>
    <message>
        <source>Promo codes used</source>
        <translation>Använda kampanjkoder</translation>
    </message>
    <message>
        <source>Viral coefficient</source>
        <translation>Viral koefficient</translation>
    </message>
    <message>
        <source>Referred visits</source>
        <translation>Refererade besök</translation>
    </message>
    <message>
        <source>Referred sign-ups</source>
        <translation>Refererade registreringar</translation>
    </message>
    <message>
        <source>Promo codes ran out</source>
        <translation>Koderna tog slut</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Kampanjkoder</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>inga inlästa</translation>
    </message>
    <message>
        <source>— (synthetic traffic only)</source>
        <translation>— (bara syntetisk trafik)</translation>
    </message>
    <message>
        <source>(this offer&apos;s goal, of those compared)</source>
        <translation>(erbjudandets eget mål, av de jämförda)</translation>
    </message>
    <message>
        <source>(another goal compared, not this offer&apos;s)</source>
        <translation>(ett annat jämfört mål, inte erbjudandets eget)</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>vid {time}</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterade</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Uppfyllda</translation>
    </message>
    <message>
        <source>Compared (click one to see its details)</source>
        <translation>Jämförda (klicka på ett för att se detaljerna)</translation>
    </message>
</context>
<context>
    <name>SetValueCommand</name>
    <message>
        <source>Change {setting}</source>
        <translation>Ändra {setting}</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>&amp;Kör simulering</translation>
    </message>
    <message>
        <source>Replay the traffic under this offer (Ctrl+Enter)</source>
        <translation>Spela upp trafiken under detta erbjudande (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Compare Goal Types</source>
        <translation>&amp;Jämför måltyper</translation>
    </message>
    <message>
        <source>Replay the same traffic under all four goal types (and the approved version) and overlay them</source>
        <translation>Spela upp samma trafik under alla fyra måltyper (och den godkända versionen) och lägg dem över varandra</translation>
    </message>
    <message>
        <source>Goals to Compare…</source>
        <translation>Mål att jämföra…</translation>
    </message>
    <message>
        <source>Choose how many credits each compared goal needs and what it counts</source>
        <translation>Välj hur många krediter varje jämfört mål kräver och vad det räknar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a simulation to see who earns credit.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kör en simulering för att se vem som får kredit.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Bedrägeri</translation>
    </message>
    <message>
        <source>&amp;Forecast…</source>
        <translation>&amp;Prognos…</translation>
    </message>
    <message>
        <source>Forecast this offer and variants of it over many traffic runs (Ctrl+Shift+R)</source>
        <translation>Gör en prognos för erbjudandet och varianter av det över många trafikkörningar (Ctrl+Skift+R)</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %Ln events.</source>
        <translation>
            <numerusform>Spelade upp %Ln händelse.</numerusform>
            <numerusform>Spelade upp %Ln händelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulation stopped on an error that should not happen ({problem}). Please report this with the text printed in the terminal.</source>
        <translation>Simuleringen stoppade på ett fel som inte borde hända ({problem}). Rapportera det tillsammans med texten som skrevs ut i terminalen.</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exportera diagram…</translation>
    </message>
    <message>
        <source>Save the referrers chart as PNG or SVG</source>
        <translation>Spara referentdiagrammet som PNG eller SVG</translation>
    </message>
    <message>
        <source>Export Results…</source>
        <translation>Exportera resultat…</translation>
    </message>
    <message>
        <source>Write referrers.csv, fulfillments.csv, summary.json and timeline.csv, as `simulate` does</source>
        <translation>Skriv referrers.csv, fulfillments.csv, summary.json och timeline.csv, som `simulate` gör</translation>
    </message>
    <message>
        <source>Save Traffic…</source>
        <translation>Spara trafik…</translation>
    </message>
    <message>
        <source>Save the replayed events as a CSV or Parquet event log</source>
        <translation>Spara de uppspelade händelserna som en händelselogg i CSV eller Parquet</translation>
    </message>
    <message>
        <source>Filter referrers…</source>
        <translation>Filtrera referenter…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>{name} — Simulation — Referral Studio</source>
        <translation>{name} — Simulering — Referral Studio</translation>
    </message>
    <message>
        <source>Approved version ({goal})</source>
        <translation>Godkänd version ({goal})</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Kör…</translation>
    </message>
    <message>
        <source>The traffic could not be used: {error}</source>
        <translation>Trafiken kunde inte användas: {error}</translation>
    </message>
    <message>
        <source>Cancelled; the previous results are still shown.</source>
        <translation>Avbrutet; de tidigare resultaten visas fortfarande.</translation>
    </message>
    <message>
        <source>{name}: credited and fulfilled referrers</source>
        <translation>{name}: krediterade och uppfyllda referenter</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Sparade diagrammet i {path}.</translation>
    </message>
    <message>
        <source>Wrote {files} into {folder}.</source>
        <translation>Skrev {files} till {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {events} to {path}.</source>
        <translation>Sparade {events} i {path}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-teckning (*.svg)</translation>
    </message>
    <message>
        <source>Export Results Into</source>
        <translation>Exportera resultat till</translation>
    </message>
    <message>
        <source>Save Traffic</source>
        <translation>Spara trafik</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Parquet (*.parquet)</source>
        <translation>CSV (*.csv);;Parquet (*.parquet)</translation>
    </message>
    <message>
        <source>Save as Scenario…</source>
        <translation>Spara som scenario…</translation>
    </message>
    <message>
        <source>Write a QA scenario (.scenario.toml) that expects what this run shows: its totals, the top referrers and the one you picked; `referral-studio check` keeps it so</source>
        <translation>Skriv ett QA-scenario (.scenario.toml) som förväntar sig det den här körningen visar: summorna, de främsta referenterna och den du valde; `referral-studio check` håller det så</translation>
    </message>
    <message>
        <source>Present…</source>
        <translation>Presentera…</translation>
    </message>
    <message>
        <source>Presenter mode for trainers: full screen, large type, the lines growing as the campaign plays, compared goal types one after another (F5)</source>
        <translation>Presentationsläge för utbildare: helskärm, stor text, linjerna växer medan kampanjen spelas, jämförda måltyper en efter en (F5)</translation>
    </message>
    <message>
        <source>Saved the scenario to {path} (its offer beside it as {offer}).</source>
        <translation>Sparade scenariot i {path} (dess erbjudande bredvid som {offer}).</translation>
    </message>
    <message>
        <source>Save as Scenario</source>
        <translation>Spara som scenario</translation>
    </message>
    <message>
        <source>QA scenario (*.scenario.toml)</source>
        <translation>QA-scenario (*.scenario.toml)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is a folder, not a Referral Studio store file</source>
        <translation>{path} är en mapp, inte en lagringsfil för Referral Studio</translation>
    </message>
    <message>
        <source>{path} is an empty (zero-byte) file, not a Referral Studio store; it was left untouched</source>
        <translation>{path} är en tom fil (noll byte), inte en lagringsfil för Referral Studio; den lämnades orörd</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (not a Referral Studio store); it was left untouched</source>
        <translation>{path} är ingen SQLite-databas (ingen lagringsfil för Referral Studio); den lämnades orörd</translation>
    </message>
    <message>
        <source>cannot create the folder for the store {path}: {error}</source>
        <translation>kan inte skapa mappen för lagringsfilen {path}: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a store: {reason}; it was left untouched</source>
        <translation>{path} kan inte öppnas som lagringsfil: {reason}; den lämnades orörd</translation>
    </message>
    <message>
        <source>the daily backup of {path} could not be made: {error}</source>
        <translation>den dagliga säkerhetskopian av {path} kunde inte göras: {error}</translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite quick_check: {result}); it was left untouched</source>
        <translation>{path} är skadad (SQLite quick_check: {result}); den lämnades orörd</translation>
    </message>
    <message>
        <source>{path} was written by a newer Referral Studio (schema {schema}); update Referral Studio to open it. The file was left untouched.</source>
        <translation>{path} skrevs av en nyare Referral Studio (schema {schema}); uppdatera Referral Studio för att öppna den. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but the backup that must come first could not be made ({error}); the file was left untouched</source>
        <translation>{path} behöver uppgraderas, men säkerhetskopian som måste göras först kunde inte göras ({error}); filen lämnades orörd</translation>
    </message>
    <message>
        <source>upgrading {path} to schema {schema} failed ({reason}); the store was left as it was</source>
        <translation>uppgraderingen av {path} till schema {schema} misslyckades ({reason}); lagringsfilen lämnades som den var</translation>
    </message>
    <message>
        <source>The store {path} is busy: another program kept it locked for over {seconds} s. Nothing was changed; try again.</source>
        <translation>Lagringsfilen {path} är upptagen: ett annat program höll den låst i över {seconds} s. Inget ändrades; försök igen.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
        <translation>Disken med {path} är full. Inget ändrades; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The store {path} is read-only (its file or folder cannot be written). Nothing was changed.</source>
        <translation>Lagringsfilen {path} är skrivskyddad (filen eller mappen går inte att skriva). Inget ändrades.</translation>
    </message>
    <message>
        <source>The store {path} refused the change ({reason}). Nothing was changed.</source>
        <translation>Lagringsfilen {path} vägrade ändringen ({reason}). Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Referral Studio</source>
        <translation>Referral Studio</translation>
    </message>
    <message>
        <source>The store cannot be opened.

{why}</source>
        <translation>Lagringsfilen kan inte öppnas.

{why}</translation>
    </message>
    <message>
        <source>The latest automatic backup is {backup}. Opening it makes a working copy beside the store; the refused file and the backup stay as they are.</source>
        <translation>Den senaste automatiska säkerhetskopian är {backup}. Att öppna den skapar en arbetskopia bredvid lagringsfilen; den avvisade filen och säkerhetskopian lämnas orörda.</translation>
    </message>
    <message>
        <source>Open Latest Backup</source>
        <translation>Öppna senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Öppna en annan fil…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>The backup could not be copied: {error}</source>
        <translation>Säkerhetskopian kunde inte kopieras: {error}</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Öppna lagringsfil</translation>
    </message>
    <message>
        <source>Referral Studio stores (*.sqlite3);;All files (*)</source>
        <translation>Referral Studio-lagringsfiler (*.sqlite3);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>TimeCursor</name>
    <message>
        <source>Play the campaign from the cursor (Space)</source>
        <translation>Spela kampanjen från markören (mellanslag)</translation>
    </message>
    <message>
        <source>Campaign time</source>
        <translation>Kampanjtid</translation>
    </message>
    <message>
        <source>Playback speed (×1 plays the whole campaign in {seconds} s)</source>
        <translation>Uppspelningshastighet (×1 spelar hela kampanjen på {seconds} s)</translation>
    </message>
    <message>
        <source>Replay in time:</source>
        <translation>Spela upp i tid:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spela</translation>
    </message>
    <message>
        <source>End of campaign</source>
        <translation>Kampanjens slut</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
</context>
<context>
    <name>TrafficForm</name>
    <message>
        <source>Organic participants:</source>
        <translation>Organiska deltagare:</translation>
    </message>
    <message>
        <source>Campaign days:</source>
        <translation>Kampanjdagar:</translation>
    </message>
    <message>
        <source>Share rate:</source>
        <translation>Delningsandel:</translation>
    </message>
    <message>
        <source>Visits per share:</source>
        <translation>Besök per delning:</translation>
    </message>
    <message>
        <source>Sign-up rate:</source>
        <translation>Registreringsandel:</translation>
    </message>
    <message>
        <source>Milestone rate:</source>
        <translation>Milstolpsandel:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Frö:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Synthetic traffic</source>
        <translation>Syntetisk trafik</translation>
    </message>
    <message>
        <source>Event log file</source>
        <translation>Händelseloggfil</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Trafikkälla</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Förval</translation>
    </message>
    <message>
        <source>Rates calibrated to a published referral programme; edit any field after.</source>
        <translation>Andelar kalibrerade mot ett publicerat hänvisningsprogram; ändra gärna valfritt fält efteråt.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Förval:</translation>
    </message>
    <message>
        <source>Campaign start</source>
        <translation>Kampanjstart</translation>
    </message>
    <message>
        <source>When the synthetic campaign starts (UTC). It follows the offer window&apos;s start; change it to replay traffic from another moment.</source>
        <translation>När den syntetiska kampanjen börjar (UTC). Den följer erbjudandefönstrets start; ändra den för att spela upp trafik från en annan tidpunkt.</translation>
    </message>
    <message>
        <source>Campaign start:</source>
        <translation>Kampanjstart:</translation>
    </message>
    <message>
        <source>Fraud rate</source>
        <translation>Bedrägeriandel</translation>
    </message>
    <message>
        <source>Share of credited friends made fraudulent, labelled so the Fraud tab can score rules.</source>
        <translation>Andel krediterade vänner som görs bedrägliga, märkta så att bedrägerifliken kan bedöma reglerna.</translation>
    </message>
    <message>
        <source>Fraud rate:</source>
        <translation>Bedrägeriandel:</translation>
    </message>
    <message>
        <source>events.csv or events.parquet</source>
        <translation>events.csv eller .parquet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <source>Choose an event log file first (CSV or Parquet).</source>
        <translation>Välj först en händelseloggfil (CSV eller Parquet).</translation>
    </message>
    <message>
        <source>Read through the mapping {mapping}</source>
        <translation>Läses via mappningen {mapping}</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.parquet);;All files (*)</source>
        <translation>Händelseloggar (*.csv *.parquet);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Read an export from another tool (CSV or JSON Lines, any separator, encoding or time format) through a mapping</source>
        <translation>Läs en export från ett annat verktyg (CSV eller JSON Lines, valfri avgränsare, teckenkodning eller tidsformat) via en mappning</translation>
    </message>
    <message>
        <source>Import Event Log</source>
        <translation>Importera händelselogg</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Exporter (*.csv *.tsv *.txt *.jsonl *.ndjson *.json);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>TrafficOption</name>
    <message>
        <source>Organic participants</source>
        <translation>Organiska deltagare</translation>
    </message>
    <message>
        <source>Campaign days</source>
        <translation>Kampanjdagar</translation>
    </message>
    <message>
        <source>Campaign start</source>
        <translation>Kampanjstart</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>Delningsandel</translation>
    </message>
    <message>
        <source>Shares per sharer</source>
        <translation>Delningar per delare</translation>
    </message>
    <message>
        <source>Visits per share</source>
        <translation>Besök per delning</translation>
    </message>
    <message>
        <source>Overlap rate</source>
        <translation>Överlappsandel</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Återkomstandel</translation>
    </message>
    <message>
        <source>JavaScript event rate</source>
        <translation>Andel JavaScript-händelser</translation>
    </message>
    <message>
        <source>Sign-up rate</source>
        <translation>Registreringsandel</translation>
    </message>
    <message>
        <source>Tagged rate</source>
        <translation>Andel märkta</translation>
    </message>
    <message>
        <source>Milestone rate</source>
        <translation>Milstolpsandel</translation>
    </message>
    <message>
        <source>Self-referral rate</source>
        <translation>Andel självhänvisningar</translation>
    </message>
    <message>
        <source>Organic visit rate</source>
        <translation>Organisk besöksandel</translation>
    </message>
    <message>
        <source>Organic sign-up rate</source>
        <translation>Organisk registreringsandel</translation>
    </message>
    <message>
        <source>Purchase rate</source>
        <translation>Köpandel</translation>
    </message>
    <message>
        <source>Share spread</source>
        <translation>Delningsspridning</translation>
    </message>
    <message>
        <source>Share mode</source>
        <translation>Delningssätt</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Mättnad</translation>
    </message>
    <message>
        <source>Day–night rhythm</source>
        <translation>Dygnsrytm</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Fördröjningar</translation>
    </message>
    <message>
        <source>Fraud rate</source>
        <translation>Bedrägeriandel</translation>
    </message>
    <message>
        <source>Fraud mix</source>
        <translation>Bedrägerimix</translation>
    </message>
    <message>
        <source>Shared IP rate (honest)</source>
        <translation>Andel delad IP-adress (ärliga)</translation>
    </message>
    <message>
        <source>Refund rate (honest)</source>
        <translation>Återbetalningsandel (ärliga)</translation>
    </message>
</context>
<context>
    <name>TrafficOptions</name>
    <message>
        <source>Organic participants, who join the offer on their own over the campaign.</source>
        <translation>Organiska deltagare, som går med i erbjudandet på egen hand under kampanjen.</translation>
    </message>
    <message>
        <source>Campaign length in days; nothing happens after it.</source>
        <translation>Kampanjens längd i dagar; inget händer efter den.</translation>
    </message>
    <message>
        <source>When the campaign starts.</source>
        <translation>När kampanjen börjar.</translation>
    </message>
    <message>
        <source>Seed of the random generator: same seed and options, same log.</source>
        <translation>Slumpgeneratorns frö: samma frö och alternativ ger samma logg.</translation>
    </message>
    <message>
        <source>Share of participants who share their link at all.</source>
        <translation>Andel deltagare som delar sin länk över huvud taget.</translation>
    </message>
    <message>
        <source>Mean number of shares by a participant who shares (at least one).</source>
        <translation>Genomsnittligt antal delningar av en deltagare som delar (minst en).</translation>
    </message>
    <message>
        <source>Mean number of friends who visit through one share.</source>
        <translation>Genomsnittligt antal vänner som besöker via en delning.</translation>
    </message>
    <message>
        <source>Share of referred visits by a friend already reached through someone else&apos;s link.</source>
        <translation>Andel refererade besök av en vän som redan nåtts via någon annans länk.</translation>
    </message>
    <message>
        <source>Share of visiting friends who come back through the same link.</source>
        <translation>Andel besökande vänner som kommer tillbaka via samma länk.</translation>
    </message>
    <message>
        <source>Share of visiting friends who fire the landing page&apos;s JavaScript event.</source>
        <translation>Andel besökande vänner som utlöser landningssidans JavaScript-händelse.</translation>
    </message>
    <message>
        <source>Share of visiting friends who sign up (and become participants).</source>
        <translation>Andel besökande vänner som registrerar sig (och blir deltagare).</translation>
    </message>
    <message>
        <source>Share of a friend&apos;s sign-ups, JS events and milestones that carry the referrer (the rest rely on attribution).</source>
        <translation>Andel av en väns registreringar, JS-händelser och milstolpar som bär referenten (resten beror på tillskrivning).</translation>
    </message>
    <message>
        <source>Chance that a referred participant reaches each next milestone (webinar → attended → opportunity → purchase).</source>
        <translation>Sannolikhet att en refererad deltagare når varje nästa milstolpe (webbinarium → deltog → affärsmöjlighet → köp).</translation>
    </message>
    <message>
        <source>Share of participants who visit through their own link.</source>
        <translation>Andel deltagare som besöker via sin egen länk.</translation>
    </message>
    <message>
        <source>Organic visits (no referrer) per organic participant.</source>
        <translation>Organiska besök (ingen referent) per organisk deltagare.</translation>
    </message>
    <message>
        <source>Share of organic visitors who sign up on their own (the base rate referred traffic is compared with).</source>
        <translation>Andel organiska besökare som registrerar sig på egen hand (basnivån som refererad trafik jämförs med).</translation>
    </message>
    <message>
        <source>Share of referred sign-ups who make a Purchase (besides the milestone chain).</source>
        <translation>Andel refererade registreringar som gör ett köp (utöver milstolpskedjan).</translation>
    </message>
    <message>
        <source>Spread of sharers&apos; propensity (lognormal sigma): 0 makes every sharer alike, 1.5 lets a few send most shares.</source>
        <translation>Spridning i delarnas benägenhet (lognormalt sigma): 0 gör alla delare lika, 1,5 låter ett fåtal skicka de flesta delningarna.</translation>
    </message>
    <message>
        <source>broadcast: a share is a link that several friends may click; recommendation: a share reaches one person, who clicks with chance visits-per-share.</source>
        <translation>broadcast: en delning är en länk som flera vänner kan klicka på; recommendation: en delning når en person, som klickar med sannolikheten visits-per-share.</translation>
    </message>
    <message>
        <source>A friend&apos;s chance to sign up rises with each distinct referrer who reached them, up to this many (0: no limit).</source>
        <translation>En väns chans att registrera sig ökar med varje ny referent som nått hen, upp till så här många (0: ingen gräns).</translation>
    </message>
    <message>
        <source>Strength of the day-night rhythm (UTC, peak at 20:00): 0 spreads events evenly, 1 leaves nights empty.</source>
        <translation>Dygnsrytmens styrka (UTC, topp kl. 20.00): 0 sprider händelserna jämnt, 1 lämnar nätterna tomma.</translation>
    </message>
    <message>
        <source>How long people take between steps: lognormal (most within the hour, a tail of days) or exponential (the classroom&apos;s even spread).</source>
        <translation>Hur lång tid folk tar mellan stegen: lognormal (de flesta inom en timme, en svans på flera dagar) eller exponential (klassrummets jämna spridning).</translation>
    </message>
    <message>
        <source>Share of credited friends (by first sign-up) made fraudulent, 0 to 1. Any fraud option gives every row an IP, a device and an email, so the identity rules have something to compare.</source>
        <translation>Andel krediterade vänner (efter första registrering) som görs bedrägliga, 0 till 1. Varje bedrägerialternativ ger varje rad en IP-adress, en enhet och en e-postadress, så att identitetsreglerna har något att jämföra.</translation>
    </message>
    <message>
        <source>Relative weights of the kinds of fraud: same_ip, same_device, same_email, disposable_email, burst, refund (e.g. same_ip=2,refund=1).</source>
        <translation>Relativa vikter för bedrägerityperna: same_ip, same_device, same_email, disposable_email, burst, refund (t.ex. same_ip=2,refund=1).</translation>
    </message>
    <message>
        <source>Honest friends on their referrer&apos;s IP: offices, campuses, households.</source>
        <translation>Ärliga vänner på referentens IP-adress: kontor, campus, hushåll.</translation>
    </message>
    <message>
        <source>Honest credited friends who refund within 30 days anyway.</source>
        <translation>Ärliga krediterade vänner som ändå begär återbetalning inom 30 dagar.</translation>
    </message>
</context>
<context>
    <name>TrafficPreset</name>
    <message>
        <source>Friendbuy, &quot;referral program metrics&quot; (ideal ranges for e-commerce)</source>
        <translation>Friendbuy, &quot;referral program metrics&quot; (idealintervall för e-handel)</translation>
    </message>
    <message>
        <source>Extole, &quot;How to measure and benchmark your referral program success&quot; (by industry)</source>
        <translation>Extole, &quot;How to measure and benchmark your referral program success&quot; (per bransch)</translation>
    </message>
    <message>
        <source>E-commerce (default)</source>
        <translation>E-handel (standard)</translation>
    </message>
    <message>
        <source>Retail – General</source>
        <translation>Detaljhandel – allmän</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>Företag till företag (B2B)</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Banker</translation>
    </message>
    <message>
        <source>Books (recommendations)</source>
        <translation>Böcker (rekommendationer)</translation>
    </message>
    <message>
        <source>DVDs (recommendations)</source>
        <translation>DVD-filmer (rekommendationer)</translation>
    </message>
    <message>
        <source>Classroom (exaggerated)</source>
        <translation>Klassrum (överdrivet)</translation>
    </message>
    <message>
        <source>none: exaggerated on purpose</source>
        <translation>ingen: medvetet överdrivet</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Från en fil…</translation>
    </message>
    <message>
        <source>A traffic file (NAME.traffic.toml) that referral-studio fit wrote from your log</source>
        <translation>En trafikfil (NAMN.traffic.toml) som referral-studio fit skrev utifrån din logg</translation>
    </message>
    <message>
        <source>Traffic File</source>
        <translation>Trafikfil</translation>
    </message>
    <message>
        <source>Traffic files (*.traffic.toml *.toml);;All files (*)</source>
        <translation>Trafikfiler (*.traffic.toml *.toml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{path} holds ranges ({names}); one simulation needs one value per option. Fit without --ranges, or use the file in a forecast.</source>
        <translation>{path} innehåller intervall ({names}); en simulering behöver ett värde per alternativ. Kör fit utan --ranges, eller använd filen i en prognos.</translation>
    </message>
</context>
<context>
    <name>TrafficReport</name>
    <message>
        <source>Friendbuy&apos;s lift compares purchase conversion; here it is referred visitors&apos; sign-up rate over organic visitors&apos;.</source>
        <translation>Friendbuys lyft jämför köpkonvertering; här är det refererade besökares registreringsandel delat med organiska besökares.</translation>
    </message>
    <message>
        <source>Extole&apos;s share rate is per click on a &apos;refer a friend&apos; call to action; here it is per participant, the nearest thing an event log records.</source>
        <translation>Extoles delningsandel räknas per klick på en uppmaning att tipsa en vän; här räknas den per deltagare, det närmaste en händelselogg registrerar.</translation>
    </message>
    <message>
        <source>Leskovec et al. count purchases per recommendation; here a referred sign-up counts as the purchase and a share as the recommendation.</source>
        <translation>Leskovec m.fl. räknar köp per rekommendation; här räknas en refererad registrering som köpet och en delning som rekommendationen.</translation>
    </message>
    <message>
        <source>People with at least one sign-up: those who joined on their own and referred friends.</source>
        <translation>Personer med minst en registrering: de som gick med på egen hand och refererade vänner.</translation>
    </message>
    <message>
        <source>People who shared, per participant.</source>
        <translation>Personer som delade, per deltagare.</translation>
    </message>
    <message>
        <source>Referred visits (not self-referrals) per share.</source>
        <translation>Refererade besök (inte självhänvisningar) per delning.</translation>
    </message>
    <message>
        <source>People with a referred visit.</source>
        <translation>Personer med ett refererat besök.</translation>
    </message>
    <message>
        <source>Referred visitors whose first sign-up came at or after their first referred visit.</source>
        <translation>Refererade besökare vars första registrering kom vid eller efter deras första refererade besök.</translation>
    </message>
    <message>
        <source>Referred sign-ups per referred visit (per click).</source>
        <translation>Refererade registreringar per refererat besök (per klick).</translation>
    </message>
    <message>
        <source>Referred visitors who made a Purchase afterwards, per referred visit (per click).</source>
        <translation>Refererade besökare som sedan gjorde ett köp, per refererat besök (per klick).</translation>
    </message>
    <message>
        <source>Referred sign-ups per share.</source>
        <translation>Refererade registreringar per delning.</translation>
    </message>
    <message>
        <source>People whose first visit had no referrer and who were never referred.</source>
        <translation>Personer vars första besök saknade referent och som aldrig hänvisades.</translation>
    </message>
    <message>
        <source>Organic visitors who signed up after their first visit, per organic visitor.</source>
        <translation>Organiska besökare som registrerade sig efter sitt första besök, per organisk besökare.</translation>
    </message>
    <message>
        <source>Referred visitors&apos; sign-up rate over organic visitors&apos; sign-up rate.</source>
        <translation>Refererade besökares registreringsandel delat med organiska besökares.</translation>
    </message>
    <message>
        <source>Shares sent by the top 10% of sharers.</source>
        <translation>Delningar skickade av de 10 % flitigaste delarna.</translation>
    </message>
    <message>
        <source>Referred sign-ups who shared after signing up.</source>
        <translation>Refererade registreringar som delade vidare efter att ha registrerat sig.</translation>
    </message>
</context>
<context>
    <name>TrafficView</name>
    <message>
        <source>All participants</source>
        <translation>Alla deltagare</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>Delningsandel</translation>
    </message>
    <message>
        <source>Clicks per share</source>
        <translation>Klick per delning</translation>
    </message>
    <message>
        <source>Referred visitors</source>
        <translation>Refererade besökare</translation>
    </message>
    <message>
        <source>Referred sign-ups</source>
        <translation>Refererade registreringar</translation>
    </message>
    <message>
        <source>Sign-ups per click</source>
        <translation>Registreringar per klick</translation>
    </message>
    <message>
        <source>Conversions per click</source>
        <translation>Konverteringar per klick</translation>
    </message>
    <message>
        <source>Sign-ups per share</source>
        <translation>Registreringar per delning</translation>
    </message>
    <message>
        <source>Organic visitors</source>
        <translation>Organiska besökare</translation>
    </message>
    <message>
        <source>Organic conversion</source>
        <translation>Organisk konvertering</translation>
    </message>
    <message>
        <source>Referred lift</source>
        <translation>Hänvisningslyft</translation>
    </message>
    <message>
        <source>Shares by the top 10%</source>
        <translation>Delningar av de 10 % flitigaste</translation>
    </message>
    <message>
        <source>Onward share rate</source>
        <translation>Andel som delar vidare</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{value} (1 per {count})</source>
        <translation>{value} (1 på {count})</translation>
    </message>
    <message>
        <source>Measured against published</source>
        <translation>Uppmätt mot publicerat</translation>
    </message>
    <message>
        <source>measured ÷ published (band: range)</source>
        <translation>uppmätt ÷ publicerat (fält: spann)</translation>
    </message>
    <message>
        <source>Run a simulation to compare its traffic with published figures.</source>
        <translation>Kör en simulering för att jämföra dess trafik med publicerade siffror.</translation>
    </message>
    <message>
        <source>This preset publishes no figures to compare with.</source>
        <translation>Det här förvalet har inga publicerade siffror att jämföra med.</translation>
    </message>
    <message>
        <source>Compare with preset</source>
        <translation>Jämför med förval</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Uppmätt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>I intervall</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Jämför med:</translation>
    </message>
    <message>
        <source>the preset this traffic was made with</source>
        <translation>förvalet som trafiken skapades med</translation>
    </message>
    <message>
        <source>this traffic was made with {preset}</source>
        <translation>trafiken skapades med {preset}</translation>
    </message>
    <message>
        <source>which preset made this log is not known: pick the nearest</source>
        <translation>okänt vilket förval som skapade loggen: välj det närmaste</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>This traffic gives no value to compare.</source>
        <translation>Den här trafiken ger inget värde att jämföra.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>If you plan to use the Give Credit to Referrer flow step, you must select Smart List Trigger as the fulfillment goal.</source>
        <translation>Om du tänker använda flödessteget Ge kredit till referent måste du välja Smart List-utlösare som uppfyllandemål.</translation>
    </message>
    <message>
        <source>Give the offer a name.</source>
        <translation>Ge erbjudandet ett namn.</translation>
    </message>
    <message>
        <source>The goal count must be between 1 and {max}.</source>
        <translation>Målets antal måste vara mellan 1 och {max}.</translation>
    </message>
    <message>
        <source>Smart List Trigger needs at least one trigger activity.</source>
        <translation>Smart List-utlösare behöver minst en utlösande aktivitet.</translation>
    </message>
    <message>
        <source>Remove the blank trigger activity.</source>
        <translation>Ta bort den tomma utlösande aktiviteten.</translation>
    </message>
    <message>
        <source>Custom JavaScript Event needs the name of the event.</source>
        <translation>Anpassad JavaScript-händelse behöver händelsens namn.</translation>
    </message>
    <message>
        <source>The offer must end after it starts.</source>
        <translation>Erbjudandet måste sluta efter att det börjar.</translation>
    </message>
    <message>
        <source>The attribution window must be a positive number of days.</source>
        <translation>Tillskrivningsfönstret måste vara ett positivt antal dagar.</translation>
    </message>
    <message>
        <source>Max fulfillments must be at least 1 (or no limit).</source>
        <translation>Högsta antal uppfyllanden måste vara minst 1 (eller ingen gräns).</translation>
    </message>
    <message>
        <source>Automatic delivery on goal needs a fulfillment email.</source>
        <translation>Automatisk leverans vid mål behöver ett uppfyllandemejl.</translation>
    </message>
    <message>
        <source>You need to add a link to your offer&apos;s rules before approving.</source>
        <translation>Du måste lägga till en länk till erbjudandets regler innan du godkänner.</translation>
    </message>
    <message>
        <source>The rules link must be a web address starting with http:// or https://.</source>
        <translation>Regellänken måste vara en webbadress som börjar med http:// eller https://.</translation>
    </message>
    <message>
        <source>A shown privacy policy needs a web address (http:// or https://).</source>
        <translation>En visad integritetspolicy behöver en webbadress (http:// eller https://).</translation>
    </message>
    <message>
        <source>This share URL choice needs a web address (http:// or https://).</source>
        <translation>Det här valet av delnings-URL behöver en webbadress (http:// eller https://).</translation>
    </message>
    <message>
        <source>The promo code {codes} begins or ends with spaces, which are part of the code a referrer gets.</source>
        <translation>Kampanjkoden {codes} börjar eller slutar med mellanslag, som blir en del av koden en referent får.</translation>
    </message>
    <message>
        <source>{count} promo codes begin or end with spaces, which are part of the code a referrer gets: {codes}.</source>
        <translation>{count} kampanjkoder börjar eller slutar med mellanslag, som blir en del av koden en referent får: {codes}.</translation>
    </message>
    <message>
        <source>Remove the blank blocked email domain; it blocks nothing.</source>
        <translation>Ta bort den tomma blockerade e-postdomänen; den blockerar ingenting.</translation>
    </message>
    <message>
        <source>Max credits per day must be at least 1 (or no limit).</source>
        <translation>Högsta antal krediter per dag måste vara minst 1 (eller ingen gräns).</translation>
    </message>
    <message>
        <source>The hold must be a number of days of at least 0.</source>
        <translation>Spärrtiden måste vara ett antal dagar, minst 0.</translation>
    </message>
    <message>
        <source>The promo code {code} is listed more than once; each code can be given out only once.</source>
        <translation>Kampanjkoden {code} finns mer än en gång i listan; varje kod kan bara delas ut en gång.</translation>
    </message>
    <message>
        <source>{count} promo codes are listed more than once: {codes}; each code can be given out only once.</source>
        <translation>{count} kampanjkoder finns mer än en gång i listan: {codes}; varje kod kan bara delas ut en gång.</translation>
    </message>
</context>
<context>
    <name>VariantText</name>
    <message>
        <source>{setting} {value} (base: {base})</source>
        <translation>{setting} {value} (bas: {base})</translation>
    </message>
    <message>
        <source>as the base offer</source>
        <translation>som grunderbjudandet</translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <source>{name}: draft and approved version</source>
        <translation>{name}: utkast och godkänd version</translation>
    </message>
    <message numerus="yes">
        <source>The draft differs from the approved version in %Ln settings.</source>
        <translation>
            <numerusform>Utkastet skiljer sig från den godkända versionen i %Ln inställning.</numerusform>
            <numerusform>Utkastet skiljer sig från den godkända versionen i %Ln inställningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Referral Studio</source>
        <translation>Välkommen till Referral Studio</translation>
    </message>
    <message>
        <source>Create a referral offer: New Referral Offer (Ctrl+N) puts it in a program of Marketing Activities.</source>
        <translation>Skapa ett hänvisningserbjudande: Nytt hänvisningserbjudande (Ctrl+N) lägger det i ett program i Marknadsföringsaktiviteter.</translation>
    </message>
    <message>
        <source>Edit Draft (Ctrl+Enter): choose the fulfillment goal, how many credits fulfill it, the emails and promo codes; the draft saves itself.</source>
        <translation>Redigera utkast (Ctrl+Enter): välj uppfyllandemål, hur många krediter som uppfyller det, mejlen och kampanjkoderna; utkastet sparas av sig självt.</translation>
    </message>
    <message>
        <source>Simulate (Ctrl+R): replay synthetic traffic or your event log and see who earns credit, and why.</source>
        <translation>Simulera (Ctrl+R): spela upp syntetisk trafik eller din händelselogg och se vem som får kredit, och varför.</translation>
    </message>
    <message>
        <source>Approve the draft when nothing blocks it.</source>
        <translation>Godkänn utkastet när inget hindrar det.</translation>
    </message>
    <message>
        <source>New Referral Offer…</source>
        <translation>Nytt hänvisningserbjudande…</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>Öppna demoarbetsytan</translation>
    </message>
    <message>
        <source>Marketo&apos;s example offers, one per goal type, with traffic in which each pays out; your store is not touched</source>
        <translation>Marketos exempelerbjudanden, ett per måltyp, med trafik där vart och ett betalar ut; din lagringsfil rörs inte</translation>
    </message>
    <message>
        <source>How Credits Are Counted</source>
        <translation>Så räknas krediter</translation>
    </message>
    <message>
        <source>New here? Open the demo workspace, pick an offer and press Simulate, then Compare Goal Types.</source>
        <translation>Ny här? Öppna demoarbetsytan, välj ett erbjudande och tryck på Simulera, sedan Jämför måltyper.</translation>
    </message>
</context>
</TS>
