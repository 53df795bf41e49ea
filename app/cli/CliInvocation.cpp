// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliInvocation.h"

bool CliInvocation::needsServer() const
{
    switch (command) {
    case Command::AgentsList:
    case Command::StatusGet:
    case Command::StatusSet:
    case Command::BulkSet:
    case Command::QueuesList:
    case Command::QueuesActivate:
    case Command::QueuesDeactivate:
    case Command::AdherenceList:
        return true;
    default:
        return false;
    }
}
