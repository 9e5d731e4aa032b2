<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Up to %n phones side by side.</source>
        <translation>
            <numerusform>Up to %n phone side by side.</numerusform>
            <numerusform>Up to %n phones side by side.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap anywhere to keep going. Starting over in %n seconds.</source>
        <translation>
            <numerusform>Tap anywhere to keep going. Starting over in %n second.</numerusform>
            <numerusform>Tap anywhere to keep going. Starting over in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones fit</source>
        <translation>
            <numerusform>%n phone fits</numerusform>
            <numerusform>%n phones fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{change} → %n phones</source>
        <translation>
            <numerusform>{change} → %n phone</numerusform>
            <numerusform>{change} → %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n phones, imported {when}</source>
        <translation>
            <numerusform>{file}: %n phone, imported {when}</numerusform>
            <numerusform>{file}: %n phones, imported {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store list imported: %n phones.</source>
        <translation>
            <numerusform>Store list imported: %n phone.</numerusform>
            <numerusform>Store list imported: %n phones.</numerusform>
        </translation>
    </message>
</context>
</TS>
