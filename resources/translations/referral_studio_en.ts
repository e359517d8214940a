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
    <name>ForecastPanel</name>
    <message numerus="yes">
        <source>{where}, %Ln workers</source>
        <translation>
            <numerusform>{where}, %Ln worker</numerusform>
            <numerusform>{where}, %Ln workers</numerusform>
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
