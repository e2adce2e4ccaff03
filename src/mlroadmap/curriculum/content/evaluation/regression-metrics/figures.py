"""Figures of the regression-metrics lesson, drawn from the diabetes data."""

from __future__ import annotations

from mlroadmap.datasets import load_diabetes


def figure_residuals():
    import matplotlib.pyplot as plt
    from sklearn.linear_model import LinearRegression
    from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error
    from sklearn.model_selection import train_test_split

    diabetes = load_diabetes()
    X_train, X_test, y_train, y_test = train_test_split(
        diabetes.data, diabetes.target, test_size=0.3, random_state=0
    )
    pred = LinearRegression().fit(X_train, y_train).predict(X_test)
    residuals = y_test - pred

    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.8), gridspec_kw={"width_ratios": [3, 1]})
    left.scatter(pred, residuals, s=12, alpha=0.7)
    left.axhline(0, color="black", lw=1)
    rmse, mae = root_mean_squared_error(y_test, pred), mean_absolute_error(y_test, pred)
    for value, style, name in [(rmse, "--", "RMSE"), (mae, ":", "MAE")]:
        left.axhline(value, color="tab:red", ls=style, lw=1, label=f"± {name} = {value:.1f}")
        left.axhline(-value, color="tab:red", ls=style, lw=1)
    left.set(
        xlabel="predicted disease progression",
        ylabel="residual y - ŷ",
        title=f"Diabetes, {len(y_test)} test patients: R² = {r2_score(y_test, pred):.2f}",
    )
    left.legend(fontsize=8)
    right.hist(residuals, bins=20, orientation="horizontal", color="tab:blue", alpha=0.7)
    right.axhline(0, color="black", lw=1)
    right.set(xlabel="patients", title="residuals", ylim=left.get_ylim())
    right.tick_params(labelleft=False)
    figure.tight_layout()
    return figure
