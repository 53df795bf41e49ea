// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditAnchor.h"

#include "audit/AuditStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

bool pointOf(const QJsonObject &object, AuditAnchor::Point *point)
{
    // A sink's record holds the event as "body"; a receiver may also keep the bare events.
    const QJsonObject event
        = object.value(QLatin1String("body")).isObject() ? object.value(QLatin1String("body")).toObject() : object;
    const QJsonValue sequence = event.value(QLatin1String("audit_sequence"));
    const QString head = event.value(QLatin1String("audit_head")).toString();
    if (!sequence.isDouble() || sequence.toDouble() < 1 || head.size() != 64)
        return false;
    point->sequence = qint64(sequence.toDouble());
    point->head = head;
    return true;
}

} // namespace

QString AuditAnchor::checkpointFormat()
{
    return QStringLiteral("statusdesk-audit-checkpoint/1");
}

QByteArray AuditAnchor::signedBytes(qint64 sequence, const QString &head, const QString &time)
{
    return checkpointFormat().toUtf8() + '\n' + QByteArray::number(sequence) + '\n' + head.toUtf8() + '\n'
        + time.toUtf8();
}

QByteArray AuditAnchor::checkpoint(qint64 sequence, const QString &head, const QDateTime &time, const AuditKey &key)
{
    const QString when = time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    const QJsonObject object {
        {QLatin1String("format"), checkpointFormat()},
        {QLatin1String("sequence"), double(sequence)},
        {QLatin1String("head"), head},
        {QLatin1String("time"), when},
        {QLatin1String("mac"), key.hmacHex(signedBytes(sequence, head, when))},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool AuditAnchor::parse(const QByteArray &content, const AuditKey &key, QVector<Point> *points, QString *error)
{
    const QList<QByteArray> lines = content.split('\n');
    QVector<Point> found;
    int lineNumber = 0;
    for (const QByteArray &raw : lines) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = tr("Line %1 of the anchor is not a JSON object.").arg(lineNumber);
            return false;
        }
        const QJsonObject object = doc.object();
        if (object.value(QLatin1String("format")).toString() == checkpointFormat()) {
            if (!key.isValid()) {
                *error = tr("The checkpoint is signed with the audit key, and no audit key is configured.");
                return false;
            }
            const qint64 sequence = qint64(object.value(QLatin1String("sequence")).toDouble());
            const QString head = object.value(QLatin1String("head")).toString();
            const QString time = object.value(QLatin1String("time")).toString();
            if (key.hmacHex(signedBytes(sequence, head, time)) != object.value(QLatin1String("mac")).toString()) {
                *error = tr("The checkpoint on line %1 is not signed with this audit key.").arg(lineNumber);
                return false;
            }
            found.append(Point {sequence, head});
            continue;
        }
        Point point;
        if (pointOf(object, &point))
            found.append(point); // events from before the chain was anchored carry no point
    }
    if (found.isEmpty()) {
        *error = tr("The anchor holds no audit sequence number and head link.");
        return false;
    }
    *points = found;
    return true;
}

bool AuditAnchor::readFile(const QString &path, const AuditKey &key, QVector<Point> *points, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the anchor %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("The anchor %1 is larger than %2 MiB.").arg(path).arg(MaxFileBytes / (1024 * 1024));
        return false;
    }
    return parse(file.read(MaxFileBytes), key, points, error);
}

AuditVerifyResult AuditAnchor::check(const AuditStore &store, const QVector<Point> &points)
{
    AuditVerifyResult result = store.verify();
    if (!result.ok)
        return result;
    QVector<Point> sorted = points;
    std::sort(sorted.begin(), sorted.end(), [](const Point &a, const Point &b) { return a.sequence < b.sequence; });
    qint64 lastId = 0;
    QString lastLink;
    QString problem;
    const auto broken = [&result](AuditVerifyResult::Problem kind, qint64 id, const QString &message) {
        result.ok = false;
        result.problem = kind;
        result.firstBadId = id;
        result.message = message;
        return result;
    };
    if (!store.head(&lastId, &lastLink, &problem))
        return broken(AuditVerifyResult::Problem::ReadError, 0, problem);
    for (const Point &point : sorted) {
        QString link;
        if (point.sequence > lastId) {
            return broken(AuditVerifyResult::Problem::Truncated, lastId + 1,
                lastId == 0 ? tr("The audit log is empty, but the anchor records entry %1: the log was emptied or "
                                 "replaced (or its -wal lost after a crash).")
                                  .arg(point.sequence)
                            : tr("The audit log ends at entry %1, but the anchor records entry %2: the entries "
                                 "after %1 were removed (a truncated tail, or a -wal lost after a crash).")
                                  .arg(lastId)
                                  .arg(point.sequence));
        }
        if (!store.linkAt(point.sequence, &link, &problem) || link != point.head) {
            return broken(AuditVerifyResult::Problem::Rewritten, point.sequence,
                tr("Entry %1 is not the one the anchor recorded: the chain was rewritten at or before entry %1.")
                    .arg(point.sequence));
        }
        ++result.anchorsChecked;
    }
    result.message += QLatin1Char(' ')
        + tr("%n anchor point(s) match, up to entry %1.", nullptr, int(result.anchorsChecked))
              .arg(sorted.constLast().sequence);
    return result;
}
