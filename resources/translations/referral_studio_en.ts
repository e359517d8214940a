<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CreditsHistogram</name>
    <message numerus="yes">
        <source>Credits (goal: %Ln credits; green: fulfilled)</source>
        <translation>
            <numerusform>Credits (goal: %Ln credit; green: fulfilled)</numerusform>
            <numerusform>Credits (goal: %Ln credits; green: fulfilled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventInspector</name>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credits</source>
        <translation>
            <numerusform>%Ln credit</numerusform>
            <numerusform>%Ln credits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message numerus="yes">
        <source>{path}: line {line}: %Ln fields where the header has {header}</source>
        <translation>
            <numerusform>{path}: line {line}: %Ln field where the header has {header}</numerusform>
            <numerusform>{path}: line {line}: %Ln fields where the header has {header}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastHeadline</name>
    <message numerus="yes">
        <source> — %Ln runs are too few to tell (at least {needed})</source>
        <translation>
            <numerusform> — %Ln run is too few to tell (at least {needed})</numerusform>
            <numerusform> — %Ln runs are too few to tell (at least {needed})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message numerus="yes">
        <source>{where}, %Ln workers</source>
        <translation>
            <numerusform>{where}, %Ln worker</numerusform>
            <numerusform>{where}, %Ln workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs in {seconds} s.</source>
        <translation>
            <numerusform>%Ln run in {seconds} s.</numerusform>
            <numerusform>%Ln runs in {seconds} s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastReport</name>
    <message numerus="yes">
        <source>%Ln runs, seed {seed}, ranked by {objective}.</source>
        <translation>
            <numerusform>%Ln run, seed {seed}, ranked by {objective}.</numerusform>
            <numerusform>%Ln runs, seed {seed}, ranked by {objective}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FraudView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; credits by the base rules</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; credit by the base rules</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; credits by the base rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; counted</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; counted</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocked</source>
        <translation>
            <numerusform>%Ln blocked</numerusform>
            <numerusform>%Ln blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in review</source>
        <translation>
            <numerusform>%Ln in review</numerusform>
            <numerusform>%Ln in review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reversed by refunds</source>
        <translation>
            <numerusform>%Ln reversed by a refund</numerusform>
            <numerusform>%Ln reversed by refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>%Ln without a kind mapped</source>
        <translation>
            <numerusform>%Ln without a kind mapped</numerusform>
            <numerusform>%Ln without a kind mapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a bad time</source>
        <translation>
            <numerusform>%Ln with a bad time</numerusform>
            <numerusform>%Ln with a bad time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a person</source>
        <translation>
            <numerusform>%Ln without a person</numerusform>
            <numerusform>%Ln without a person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln not readable</numerusform>
            <numerusform>%Ln not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows will be read</source>
        <translation>
            <numerusform>%Ln row will be read</numerusform>
            <numerusform>%Ln rows will be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferChanges</name>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDetails</name>
    <message numerus="yes">
        <source>%Ln promo codes</source>
        <translation>
            <numerusform>%Ln promo code</numerusform>
            <numerusform>%Ln promo codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message numerus="yes">
        <source>%Ln promo codes loaded</source>
        <translation>
            <numerusform>%Ln promo code loaded</numerusform>
            <numerusform>%Ln promo codes loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message numerus="yes">
        <source>%Ln differences</source>
        <translation>
            <numerusform>%Ln difference</numerusform>
            <numerusform>%Ln differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replayed %Ln events.</source>
        <translation>
            <numerusform>Replayed %Ln event.</numerusform>
            <numerusform>Replayed %Ln events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message numerus="yes">
        <source>The draft differs from the approved version in %Ln settings.</source>
        <translation>
            <numerusform>The draft differs from the approved version in %Ln setting.</numerusform>
            <numerusform>The draft differs from the approved version in %Ln settings.</numerusform>
        </translation>
    </message>
</context>
</TS>
