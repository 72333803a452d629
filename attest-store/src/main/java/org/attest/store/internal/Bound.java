package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Prepares a statement with its parameters bound by type: the only way queries take values. */
final class Bound {
    private Bound() {}

    /** The caller closes the statement. Parameters are Integer, Long, Double or String. */
    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (p instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else if (p instanceof Double d) {
                    ps.setDouble(i + 1, d);
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
