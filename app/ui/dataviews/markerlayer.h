// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QString>

namespace Ss::Ui {

/*! \brief All the city markers of the world map as one scene item (WorldMapView's helper).
 *
 * A thousand QGraphicsItems cost their scene index work whenever the filter shows or hides
 * them; one item that paints a list does not. Markers are discs of a fixed size in pixels
 * (they do not grow when the map is zoomed), at scene positions (longitude, -latitude). Hit
 * testing is in viewport pixels, the topmost (last painted) marker first. */
class MarkerLayer final : public QGraphicsItem
{
public:
    struct Marker
    {
        QPointF pos; // scene
        QColor colour;
        bool isVisible = false;
    };

    //! \a bounds: the scene area markers may lie in.
    explicit MarkerLayer(const QRectF &bounds, double radius);

    //! Adds a hidden marker; returns its index.
    int add(const QPointF &scenePos);
    const Marker &at(int index) const { return m_markers.at(index); }
    int size() const { return int(m_markers.size()); }
    void setColour(int index, const QColor &colour);
    //! Shows exactly the markers whose indexes are in \a visible (true = shown); repaints if it changed.
    void setVisibility(const QList<bool> &visible);
    void clear();

    //! The topmost shown marker within the radius of \a viewportPos, or -1. \a sceneToViewport is the view's transform.
    int hit(const QPointF &viewportPos, const QTransform &sceneToViewport) const;
    double radius() const { return m_radius; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    //! A disc of \a colour with its white rim, rendered once per colour and pixel ratio.
    const QPixmap &disc(const QColor &colour, qreal devicePixelRatio);

    QList<Marker> m_markers;
    QHash<QRgb, QPixmap> m_discs; // drawing 1,000 antialiased ellipses each frame cost more than the rest of the map
    QRectF m_bounds;
    double m_radius;
};

} // namespace Ss::Ui
