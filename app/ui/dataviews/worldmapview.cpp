// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "worldmapview.h"

#include "markerlayer.h"

#include <core/data/citytablemodel.h>
#include <core/data/datalabels.h>
#include <core/data/dataroles.h>
#include <core/data/worldoutlines.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

Q_LOGGING_CATEGORY(lcMap, "ss.ui.dataviews.map")

namespace Ss::Ui {

using Core::CityTableModel;

namespace {
constexpr double kMaxZoom = 40;
constexpr double kMarkerRadius = 5; // pixels: markers ignore the view's zoom
constexpr int kMarkerZ = 10;
const QColor kOcean(0xdd, 0xea, 0xf4);
const QColor kLand(0xf3, 0xf0, 0xe8);
const QColor kLandWithCity(0xf7, 0xdc, 0xa8);
const QColor kBorder(0xa8, 0xa2, 0x96);

// Relation colours, told apart also by readers with red-green colour blindness (blue / orange / purple).
QColor relationColour(const QString &relation)
{
    if (relation == u"sister")
        return QColor(0xd9, 0x5f, 0x02);
    if (relation == u"friendship")
        return QColor(0x1f, 0x78, 0xb4);
    if (relation == u"partner")
        return QColor(0x75, 0x70, 0xb3);
    return QColor(0x70, 0x70, 0x70);
}

// The embedded outlines, parsed once per process: every map view shares them.
const Core::WorldOutlines &outlines()
{
    static const Core::WorldOutlines parsed = [] {
        Core::WorldOutlines o;
        QFile file(QStringLiteral(":/maps/countries-110m.compact.json"));
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcMap) << "cannot open the embedded world map" << file.fileName();
        else if (!o.parse(file.readAll()))
            qCWarning(lcMap) << "cannot read the embedded world map:" << o.errorString();
        return o;
    }();
    return parsed;
}

QPolygonF star(double outer, double inner)
{
    QPolygonF p;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? inner : outer;
        const double a = -M_PI / 2 + i * M_PI / 5;
        p << QPointF(r * std::cos(a), r * std::sin(a));
    }
    return p;
}

const QPointF kSeoul(126.978, -37.5665); // scene coordinates: (lon, -lat)
} // namespace

WorldMapView::WorldMapView(QAbstractItemModel *cities, QWidget *parent)
    : QGraphicsView(parent), m_model(cities), m_world(-180, -84, 360, 142) // 84°N to 58°S: no Antarctica
{
    auto *scene = new QGraphicsScene(this);
    scene->setSceneRect(m_world);
    scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setScene(scene);
    setBackgroundBrush(kOcean);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // the legend is drawn over the viewport
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 140);
    loadOutlines();

    auto *seoul = new QGraphicsPolygonItem(star(8, 3.5));
    seoul->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    seoul->setPos(kSeoul);
    seoul->setBrush(QColor(0xc0, 0x10, 0x30));
    seoul->setPen(QPen(Qt::white, 1));
    seoul->setZValue(kMarkerZ + 1);
    seoul->setData(1, QStringLiteral("seoul"));
    scene->addItem(seoul);
    m_layer = new MarkerLayer(m_world, kMarkerRadius);
    m_layer->setZValue(kMarkerZ);
    scene->addItem(m_layer);
    setMouseTracking(true);

    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_layer->clear();
            m_markers.clear();
            m_layerIds.clear();
            scheduleRefresh();
        });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &WorldMapView::scheduleRefresh);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &WorldMapView::scheduleRefresh);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &WorldMapView::dropToolTips);
    }
    retranslateUi();
    refresh();
}

WorldMapView::~WorldMapView() = default;

void WorldMapView::loadOutlines()
{
    const Core::WorldOutlines &world = outlines();
    // The countries hang under an invisible item the size of the map that clips them: rings that
    // cross the antimeridian come in two copies reaching beyond ±180°.
    auto *land = new QGraphicsRectItem(m_world);
    land->setPen(Qt::NoPen);
    land->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    scene()->addItem(land);
    for (const Core::WorldOutlines::Country &country : world.countries()) {
        if (country.id == u"010") // Antarctica: outside the map's latitudes
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : country.rings) {
            path.moveTo(ring.first().x(), -ring.first().y());
            for (qsizetype i = 1; i < ring.size(); ++i)
                path.lineTo(ring.at(i).x(), -ring.at(i).y());
            path.closeSubpath();
        }
        QPen pen(kBorder, 0.8);
        pen.setCosmetic(true);
        auto *item = new QGraphicsPathItem(path, land);
        item->setPen(pen);
        item->setBrush(kLand);
        item->setData(2, country.name);
        m_countries.append(item);
    }
    m_countryCount = int(m_countries.size());
}

void WorldMapView::scheduleRefresh()
{
    // Several model signals arrive for one filter change: rebuild once, after them.
    m_isDirty = true;
    if (m_isRefreshQueued)
        return;
    m_isRefreshQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_isRefreshQueued = false;
            refresh();
        },
        Qt::QueuedConnection);
}

void WorldMapView::dropToolTips()
{
    for (Marker &m : m_markers)
        m.hasToolTip = false;
    scheduleRefresh();
}

WorldMapView::Marker &WorldMapView::addMarker(const QString &docId, double lat, double lon) const
{
    const QPointF pos(lon, -lat);
    const int index = m_layer->add(pos);
    m_layerIds.append(docId);
    return *m_markers.insert(docId, {index, countryAt(pos), false, {}});
}

QString WorldMapView::markerAt(const QPoint &viewportPos) const
{
    refresh();
    const int index = m_layer->hit(viewportPos, viewportTransform());
    return index < 0 ? QString() : m_layerIds.at(index);
}

int WorldMapView::countryAt(const QPointF &scenePos) const
{
    for (int i = 0; i < m_countries.size(); ++i) {
        const QGraphicsPathItem *c = m_countries.at(i);
        if (c->boundingRect().contains(scenePos) && c->path().contains(scenePos))
            return i;
    }
    return -1;
}

void WorldMapView::refresh() const
{
    if (!m_isDirty)
        return;
    m_isDirty = false;
    m_shown.clear();
    QList<bool> tinted(m_countries.size(), false);
    QList<bool> visible(m_layer->size(), false);
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, CityTableModel::Name);
        const QString docId = index.data(Core::DocIdRole).toString();
        // A marker, once made, keeps its place: the coordinates are asked for only once.
        // (The pointer is used before the next insertion into m_markers.)
        Marker *found = nullptr;
        if (auto it = m_markers.find(docId); it != m_markers.end()) {
            found = &*it;
        } else {
            const QVariant lat = index.data(Core::LatitudeRole);
            const QVariant lon = index.data(Core::LongitudeRole);
            if (!lat.isValid() || !lon.isValid())
                continue;
            found = &addMarker(docId, lat.toDouble(), lon.toDouble());
            visible.append(false);
        }
        Marker &marker = *found;
        if (!marker.hasToolTip) { // built once per language, not on every keystroke
            m_layer->setColour(marker.index, relationColour(index.data(Core::RelationRole).toString()));
            marker.toolTip = toolTipFor(row);
            marker.hasToolTip = true;
        }
        visible[marker.index] = true;
        if (marker.country >= 0)
            tinted[marker.country] = true;
        m_shown.append(docId);
    }
    m_layer->setVisibility(visible);
    for (int i = 0; i < m_countries.size(); ++i)
        m_countries.at(i)->setBrush(tinted.at(i) ? kLandWithCity : kLand);
}

QString WorldMapView::toolTipFor(int row) const
{
    auto text = [&](int column) { return m_model->index(row, column).data().toString(); };
    const QString name = text(CityTableModel::Name);
    const QString country = text(CityTableModel::Country);
    QString relation = text(CityTableModel::Relation);
    const int since = m_model->index(row, 0).data(Core::RelationSinceRole).toInt();
    if (since > 0)
        //: %1 is a relation with Seoul (Sister city), %2 the year it began
        relation = tr("%1 since %2").arg(relation).arg(since);
    //: map marker tooltip: %1 city, %2 country, %3 relation with Seoul
    return tr("%1, %2\n%3").arg(name, country, relation);
}

int WorldMapView::markerCount() const
{
    refresh();
    return int(m_shown.size());
}

QStringList WorldMapView::markerDocIds() const
{
    refresh();
    return m_shown;
}

QPoint WorldMapView::markerViewportPosition(const QString &docId) const
{
    refresh();
    const auto it = m_markers.constFind(docId);
    if (it == m_markers.cend() || !m_layer->at(it->index).isVisible)
        return {-1, -1};
    return mapFromScene(m_layer->at(it->index).pos);
}

QString WorldMapView::markerToolTip(const QString &docId) const
{
    refresh();
    const auto it = m_markers.constFind(docId);
    return it == m_markers.cend() || !m_layer->at(it->index).isVisible ? QString() : it->toolTip;
}

void WorldMapView::zoomIn()
{
    applyZoom(m_zoom * 1.5, viewport()->rect().center());
}

void WorldMapView::zoomOut()
{
    applyZoom(m_zoom / 1.5, viewport()->rect().center());
}

void WorldMapView::resetZoom()
{
    m_zoom = 1;
    applyZoom(1, viewport()->rect().center());
    centerOn(m_world.center());
}

void WorldMapView::applyZoom(double zoom, const QPoint &anchor)
{
    const QPointF sceneAnchor = mapToScene(anchor);
    m_zoom = std::clamp(zoom, 1.0, kMaxZoom);
    const QSize size = viewport()->size();
    const double fit = std::min(size.width() / m_world.width(), size.height() / m_world.height());
    const double scale = std::max(fit, 1e-3) * m_zoom;
    setTransform(QTransform::fromScale(scale, scale));
    // Keep the scene point under the anchor where it was (the mouse, or the centre for keys).
    const QPointF offset = QPointF(anchor - viewport()->rect().center()) / scale;
    centerOn(sceneAnchor - offset);
}

void WorldMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    applyZoom(m_zoom, viewport()->rect().center());
    if (m_zoom == 1)
        centerOn(m_world.center());
}

void WorldMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    applyZoom(m_zoom * std::pow(1.25, delta / 120.0), event->position().toPoint());
    event->accept();
}

void WorldMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WorldMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void WorldMapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || (pos - m_pressPos).manhattanLength() > QApplication::startDragDistance())
        return; // a drag pans; only a click opens
    const QString docId = markerAt(pos);
    if (!docId.isEmpty())
        Q_EMIT openDocument(docId);
}

void WorldMapView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton) // a hand that points over a marker, the open hand to pan elsewhere
        viewport()->setCursor(markerAt(event->position().toPoint()).isEmpty() ? Qt::OpenHandCursor
                                                                              : Qt::PointingHandCursor);
}

bool WorldMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString docId = markerAt(help->pos());
        if (!docId.isEmpty()) {
            const QPoint centre = markerViewportPosition(docId);
            const int r = int(kMarkerRadius) + 1;
            QToolTip::showText(help->globalPos(), m_markers.value(docId).toolTip, viewport(),
                               QRect(centre - QPoint(r, r), QSize(2 * r, 2 * r)));
            return true;
        }
        // Elsewhere the scene answers (Seoul's star has its own tooltip).
    }
    return QGraphicsView::viewportEvent(event);
}

void WorldMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGraphicsView::changeEvent(event);
}

void WorldMapView::retranslateUi()
{
    setToolTip(QString()); // markers have their own
    for (QGraphicsItem *item : scene()->items()) {
        if (item->data(1).toString() == u"seoul")
            item->setToolTip(tr("Seoul"));
    }
    setAccessibleName(tr("World map of the overseas cities"));
    dropToolTips(); // relation names in the tooltips
    viewport()->update();
}

void WorldMapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    painter->save();
    painter->resetTransform(); // viewport coordinates: the legend does not move or zoom
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    struct Entry
    {
        QColor colour;
        QString text;
        bool isStar;
    };
    QList<Entry> entries;
    for (const QString &relation : Core::DataLabels::relations())
        entries.append({relationColour(relation), Core::DataLabels::relation(relation), false});
    entries.append({QColor(0xc0, 0x10, 0x30), tr("Seoul"), true});

    const int line = fm.height() + 4;
    int width = 0;
    for (const Entry &e : std::as_const(entries))
        width = std::max(width, fm.horizontalAdvance(e.text));
    const QRect box(8, viewport()->height() - 8 - line * int(entries.size()) - 8, width + 40,
                    line * int(entries.size()) + 8);
    painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 4, 4);
    int y = box.top() + 4;
    for (const Entry &e : std::as_const(entries)) {
        const QPointF centre(box.left() + 14, y + line / 2.0);
        painter->setBrush(e.colour);
        painter->setPen(QPen(Qt::white, 1));
        if (e.isStar)
            painter->drawPolygon(star(7, 3).translated(centre));
        else
            painter->drawEllipse(centre, kMarkerRadius, kMarkerRadius);
        painter->setPen(QColor(0x20, 0x20, 0x20)); // on the legend's own white box, whatever the theme
        painter->drawText(QRect(box.left() + 26, y, width + 10, line), Qt::AlignVCenter | Qt::AlignLeft, e.text);
        y += line;
    }
    // Attribution, as the Natural Earth terms suggest (not required).
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter->setFont(small);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(viewport()->rect().adjusted(0, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom,
                      tr("Map data: Natural Earth"));
    painter->restore();
}

} // namespace Ss::Ui
