package org.yeyak.rules.alloc;

/**
 * The result of {@link StockAllocator#allocate}: whole vials per (clinic, date, tranche) cell, the
 * doses that could not be placed, and a {@link AllocationSummary}. Indices are the request's.
 * Immutable.
 */
public final class Allocation {
    private final AllocationRequest request;
    private final int[] vials;
    private final long placedVials;
    private final AllocationSummary summary;

    Allocation(AllocationRequest request, int[] vials, long placedVials) {
        this.request = request;
        this.vials = vials;
        this.placedVials = placedVials;
        this.summary = AllocationSummary.of(this);
    }

    public AllocationRequest request() {
        return request;
    }

    /** Vials placed in a cell. */
    public int vials(int clinic, int date, int tranche) {
        return vials[request.cellIndex(clinic, date, tranche)];
    }

    /** Doses placed in a cell (whole vials × vial size). */
    public int doses(int clinic, int date, int tranche) {
        return vials(clinic, date, tranche) * request.vialSize();
    }

    /** Doses placed at a clinic on a date, all tranches together (never above its capacity,
     *  unless bookings made earlier already hold more). */
    public int dosesAt(int clinic, int date) {
        int from = request.cellIndex(clinic, date, 0);
        int sum = 0;
        for (int t = 0; t < request.trancheCount(); t++) {
            sum += vials[from + t];
        }
        return sum * request.vialSize();
    }

    /** Doses per clinic-date, flat at {@code clinic * dates + date} (for a clinics × dates table). */
    public int[] dosesPerClinicDate() {
        int tranches = request.trancheCount();
        int[] doses = new int[request.clinicCount() * request.dateCount()];
        for (int g = 0, i = 0; g < doses.length; g++) {
            int sum = 0;
            for (int end = i + tranches; i < end; i++) {
                sum += vials[i];
            }
            doses[g] = sum * request.vialSize();
        }
        return doses;
    }

    /** Doses placed at a clinic over every date and tranche. */
    public long clinicDoses(int clinic) {
        int per = request.dateCount() * request.trancheCount();
        long sum = 0;
        for (int i = clinic * per, end = i + per; i < end; i++) {
            sum += vials[i];
        }
        return sum * request.vialSize();
    }

    /** Vials per cell, flat in {@link AllocationRequest#cellIndex} order (a copy). */
    public int[] vialsPerCell() {
        return vials.clone();
    }

    int vialsAt(int cellIndex) {
        return vials[cellIndex];
    }

    public long placedVials() {
        return placedVials;
    }

    public long placedDoses() {
        return placedVials * request.vialSize();
    }

    /** Whole vials that found no room (capacity ran out). */
    public long unplacedVials() {
        return request.doses() / request.vialSize() - placedVials;
    }

    /**
     * Doses not placed: the unplaced vials plus any doses short of a whole vial, so that
     * {@code placedDoses() + unplacedDoses() == request().doses()}.
     */
    public long unplacedDoses() {
        return request.doses() - placedDoses();
    }

    public AllocationSummary summary() {
        return summary;
    }
}
