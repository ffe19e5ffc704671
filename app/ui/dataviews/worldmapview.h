// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QGraphicsPathItem;

namespace Ss::Ui {

class MarkerLayer;

/*! \brief The offline world map of the overseas cities.
 *
 * Country outlines (Natural Earth 1:110m, embedded as :/maps/countries-110m.compact.json) in an
 * equirectangular projection (scene x = longitude, y = -latitude, in degrees), a marker per row
 * of \a cities coloured by relation with Seoul, and a legend. The markers are exactly the rows
 * of the model it is given (the CityFilterModel that the city table shows), so the map follows
 * the table's filter; countries that hold a shown city are tinted. Markers keep their size when
 * zoomed. The wheel and +/- zoom, 0 fits the world, dragging pans; clicking a marker asks for the
 * city's page; hovering shows name and relation.
 *
 * The model must offer the CityTableModel columns and the DataRole roles; the view does not own it. */
class WorldMapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorldMapView)
public:
    explicit WorldMapView(QAbstractItemModel *cities, QWidget *parent = nullptr);
    ~WorldMapView() override;

    //! Markers shown now: the model's rows that have coordinates.
    int markerCount() const;
    //! Document ids of the markers shown now, in the model's row order.
    QStringList markerDocIds() const;
    //! Where the marker of \a docId is in viewport coordinates, or (-1, -1) when it is not shown.
    QPoint markerViewportPosition(const QString &docId) const;
    //! The tooltip of the marker of \a docId, or "".
    QString markerToolTip(const QString &docId) const;
    //! False when the embedded map could not be read (the markers are still shown).
    bool hasOutlines() const { return m_countryCount > 0; }

    void zoomIn();
    void zoomOut();
    //! Fits the world into the view again.
    void resetZoom();
    //! The zoom relative to the fitted world (1 = all of it).
    double zoom() const { return m_zoom; }

Q_SIGNALS:
    void openDocument(const QString &docId);

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Marker
    {
        int index = -1;          // in m_layer
        int country = -1;        // index into m_countries of the country that contains it, or -1
        bool hasToolTip = false; // false after a change of names or language: set on the next refresh
        QString toolTip;
    };

    void loadOutlines();
    void scheduleRefresh();
    void dropToolTips();  // names or language changed
    void refresh() const; // rebuilds the markers from the model when it changed (const: called by the getters)
    Marker &addMarker(const QString &docId, double lat, double lon) const;
    //! The document id of the shown marker at \a viewportPos, or "".
    QString markerAt(const QPoint &viewportPos) const;
    int countryAt(const QPointF &scenePos) const;
    void applyZoom(double zoom, const QPoint &anchor);
    void retranslateUi();
    QString toolTipFor(int row) const;

    QPointer<QAbstractItemModel> m_model;
    QList<QGraphicsPathItem *> m_countries;
    int m_countryCount = 0;
    MarkerLayer *m_layer = nullptr;
    mutable QHash<QString, Marker> m_markers; // by document id; hidden, not deleted, when filtered out
    mutable QStringList m_layerIds;           // document id of each marker of m_layer
    mutable QStringList m_shown;
    mutable bool m_isDirty = true;
    bool m_isRefreshQueued = false;
    double m_zoom = 1;
    QPoint m_pressPos;
    QRectF m_world;
};

} // namespace Ss::Ui
