// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "markerlayer.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Ss::Ui {

MarkerLayer::MarkerLayer(const QRectF &bounds, double radius) : m_bounds(bounds), m_radius(radius) {}

int MarkerLayer::add(const QPointF &scenePos)
{
    m_markers.append({scenePos, Qt::gray, false});
    return int(m_markers.size() - 1);
}

void MarkerLayer::setColour(int index, const QColor &colour)
{
    if (m_markers.at(index).colour == colour)
        return;
    m_markers[index].colour = colour;
    if (m_markers.at(index).isVisible)
        update();
}

void MarkerLayer::setVisibility(const QList<bool> &visible)
{
    bool changed = false;
    for (int i = 0; i < m_markers.size(); ++i) {
        const bool shown = visible.value(i);
        if (m_markers.at(i).isVisible != shown) {
            m_markers[i].isVisible = shown;
            changed = true;
        }
    }
    if (changed)
        update();
}

void MarkerLayer::clear()
{
    m_markers.clear();
    update();
}

int MarkerLayer::hit(const QPointF &viewportPos, const QTransform &sceneToViewport) const
{
    const double reach = (m_radius + 1) * (m_radius + 1);
    for (int i = int(m_markers.size()) - 1; i >= 0; --i) {
        const Marker &m = m_markers.at(i);
        if (!m.isVisible)
            continue;
        const QPointF d = sceneToViewport.map(m.pos) - viewportPos;
        if (QPointF::dotProduct(d, d) <= reach)
            return i;
    }
    return -1;
}

QRectF MarkerLayer::boundingRect() const
{
    // The discs have a size in pixels, not in scene units: leave room for them at any zoom that
    // the view allows (a 5 px disc is under 3 degrees wide at the smallest zoom).
    return m_bounds.adjusted(-10, -10, 10, 10);
}

void MarkerLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const QTransform toDevice = painter->worldTransform();
    const QRectF visible =
        painter->clipBoundingRect().isEmpty() ? QRectF() : toDevice.mapRect(painter->clipBoundingRect());
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->save();
    painter->resetTransform(); // draw in device pixels
    const double half = m_radius + 2;
    for (const Marker &m : std::as_const(m_markers)) {
        if (!m.isVisible)
            continue;
        const QPointF p = toDevice.map(m.pos);
        if (!visible.isEmpty() && !visible.adjusted(-half, -half, half, half).contains(p))
            continue;
        painter->drawPixmap(QPointF(p.x() - half, p.y() - half), disc(m.colour, ratio));
    }
    painter->restore();
}

const QPixmap &MarkerLayer::disc(const QColor &colour, qreal devicePixelRatio)
{
    const QRgb key =
        colour.rgb() ^ (quint32(devicePixelRatio * 16) << 24); // colours are opaque: the alpha byte is free
    auto it = m_discs.find(key);
    if (it == m_discs.end()) {
        const double half = m_radius + 2;
        QPixmap pixmap(QSize(int(2 * half), int(2 * half)) * devicePixelRatio);
        pixmap.setDevicePixelRatio(devicePixelRatio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(colour);
        p.drawEllipse(QPointF(half, half), m_radius, m_radius);
        p.end();
        it = m_discs.insert(key, pixmap);
    }
    return *it;
}

} // namespace Ss::Ui
