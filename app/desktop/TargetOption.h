// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

// One status a lead may pick in the change dialog, as the transition rules judge it for the
// selected agents.
struct TargetOption
{
    QString key; // StatusCatalogue key
    QString label; // in the UI language
    bool allowed = true;
    QString refusal; // why not, when !allowed (translated)
    bool reasonRequired = false;
};

using TargetOptions = QVector<TargetOption>;
